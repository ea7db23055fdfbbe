/**
 * Getting a network in and out: the Kumu-style spreadsheet import (read, planned against the
 * store, written in one transaction) and the demo city loaded through it.
 */
package org.convene.exchange;
