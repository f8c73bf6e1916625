/** Implementations of the model's service interfaces on top of the engine and the store. */
package dev.uplift.app.service;
