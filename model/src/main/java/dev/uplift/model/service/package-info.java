/**
 * The services the views use, as interfaces, so that views never depend on analysis or storage.
 * The app module implements them.
 */
package dev.uplift.model.service;
