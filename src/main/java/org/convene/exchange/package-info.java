/** Getting a network in and out: the Kumu-style spreadsheet import and the demo city. */
package org.convene.exchange;
