/**
 * The steering committee's reports: plain Cypher files with a header, a runner that can only
 * read (and only what a report's role may see, within a time limit and a row cap), the reports
 * page and the printable steering brief (HTML and PDF).
 */
package org.convene.report;
