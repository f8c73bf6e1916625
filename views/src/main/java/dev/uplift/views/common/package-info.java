/** Shared view plumbing: background tasks, formatting, dialogs. */
package dev.uplift.views.common;
