/**
 * The composition root: builds the object graph by hand (no DI framework), runs CLI commands or
 * starts the GUI. Storage, exports and service implementations live in sub-packages.
 */
package dev.uplift.app;
