/** Production standards as JSON documents (docs/standards.md) and their storage. */
package dev.uplift.app.standard;
