/** What every feature shares at the edge: the API's error shape and the who-and-when of writes. */
package org.convene.system;
