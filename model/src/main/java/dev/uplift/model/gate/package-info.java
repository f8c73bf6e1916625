/** Whether an assessment meets a production standard, and where it falls short. */
package dev.uplift.model.gate;
