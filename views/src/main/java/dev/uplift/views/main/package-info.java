/** The main window: navigation, opening repositories, background assessment with progress and cancel. */
package dev.uplift.views.main;
