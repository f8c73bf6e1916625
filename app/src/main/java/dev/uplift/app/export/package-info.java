/** Writers for the formats users take elsewhere: the assessment JSON of design.md §7 and CSV. */
package dev.uplift.app.export;
