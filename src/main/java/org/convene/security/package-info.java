/** Who may see and change the graph: users and roles kept in Neo4j, sign-in, the first admin. */
package org.convene.security;
