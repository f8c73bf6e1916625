/**
 * JavaFX views. Each view is an {@code XxxView} (layout, built in code) with an {@code XxxViewModel}
 * (plain properties and commands, no nodes). Views reach the application only through the service
 * interfaces in {@code dev.uplift.model.service}.
 */
package dev.uplift.views;
