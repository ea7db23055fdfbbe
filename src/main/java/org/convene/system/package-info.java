/**
 * What every feature shares at the edge: the API's error shape, the who-and-when of writes and the
 * audit trail every write records its change in ({@link org.convene.system.AuditTrail}).
 */
package org.convene.system;
