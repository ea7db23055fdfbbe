/**
 * The coalition's network as stored: people, organizations, sectors, peer ties, affiliations and
 * partnerships, with their API; every write records who and when and bumps the graph version.
 */
package org.convene.network;
