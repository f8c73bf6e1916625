/**
 * Dependencies from manifests (pom.xml, requirements*.txt, pyproject.toml, package.json with its lock
 * file) and known-vulnerable versions from OSV advisories, matched offline by each ecosystem's rules.
 */
package dev.uplift.analysis.deps;
