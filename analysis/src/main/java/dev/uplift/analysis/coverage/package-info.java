/** Coverage reports found in the repository (JaCoCo XML, Cobertura XML, lcov), mapped to its files. */
package dev.uplift.analysis.coverage;
