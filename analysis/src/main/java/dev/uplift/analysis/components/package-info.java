/**
 * Finds the components of a repository from its manifests and folders, the dependencies between
 * them, and their priority tier. Manifests are read with size limits; XML with DTDs and external
 * entities disabled.
 */
package dev.uplift.analysis.components;
