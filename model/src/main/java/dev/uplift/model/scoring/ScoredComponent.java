package dev.uplift.model.scoring;

import dev.uplift.model.CoverageSource;
import dev.uplift.model.ScoreDeduction;
import dev.uplift.model.Scores;

import java.util.List;

/** What the scoring model returns for one component: the scores and every point they lost. */
public record ScoredComponent(Scores scores, List<ScoreDeduction> deductions, CoverageSource coverageSource) {
    public ScoredComponent {
        deductions = List.copyOf(deductions);
    }
}
