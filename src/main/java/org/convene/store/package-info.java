/**
 * Where the graph lives: the embedded Neo4j the application starts by default, the switch to an
 * external Neo4j when {@code spring.neo4j.uri} is set, and the schema applied at start-up.
 */
package org.convene.store;
