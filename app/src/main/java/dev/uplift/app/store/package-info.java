/** The embedded H2 database: Flyway migrations, Jdbi access, one transaction per assessment. */
package dev.uplift.app.store;
