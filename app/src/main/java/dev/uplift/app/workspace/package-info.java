/** The whole workspace of a repository as one versioned JSON file, for offline review elsewhere (docs/workspace.md). */
package dev.uplift.app.workspace;
