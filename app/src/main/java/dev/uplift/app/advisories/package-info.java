/** Vulnerability advisories: the shipped OSV snapshot, imported OSV exports, and their storage. */
package dev.uplift.app.advisories;
