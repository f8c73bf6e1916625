package dev.uplift.app.workspace;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.uplift.app.plan.PlanJson;

/** What the workspace file looks like and the limits a file must keep to be imported (docs/workspace.md). */
final class WorkspaceFormat {
    static final String FORMAT = "uplift-workspace";
    /** The shape of the file; an import refuses any other. */
    static final int SCHEMA_VERSION = 1;
    /** Larger files are refused before they are read. */
    static final long MAX_BYTES = 1024L * 1024 * 1024;
    /** No text in a workspace is this long; a longer one is refused (messages are clipped at 4,000). */
    static final int MAX_STRING = 1_000_000;

    /**
     * The plan's mapper (categories by id, ISO dates), reading records by their components only: a
     * derived accessor such as {@code Finding.isExempt()} is not part of the file.
     */
    static final ObjectMapper JSON = PlanJson.mapper().copyWith(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING)
                            .maxNestingDepth(40).build()).build())
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .disable(SerializationFeature.INDENT_OUTPUT);

    private WorkspaceFormat() {
    }
}
