/** The priority matrix: components by tier and readiness gap; drag one to another tier to override it. */
package dev.uplift.views.matrix;
