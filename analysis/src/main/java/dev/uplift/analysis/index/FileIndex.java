package dev.uplift.analysis.index;

import dev.uplift.model.AssessmentWarning;

import java.util.List;

/** The result of one walk: the files kept, the folders walked and a warning for whatever was passed over. */
public record FileIndex(List<IndexedFile> files, List<String> directories, List<AssessmentWarning> warnings) {
    public FileIndex {
        files = List.copyOf(files);
        directories = List.copyOf(directories);
        warnings = List.copyOf(warnings);
    }
}
