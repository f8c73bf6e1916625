package dev.uplift.model.service;

import dev.uplift.model.ProductionStandards;

import java.util.List;
import java.util.Optional;

/** The production standards the user keeps, and which one assessments are judged against. Thread-safe. */
public interface StandardsService {

    /** Every stored standard's name, the seed's "default" among them. */
    List<String> names();

    /** The standard assessments are judged against. */
    ProductionStandards active();

    Optional<ProductionStandards> named(String name);

    /** Stores the standard under its name (replacing one of that name) and makes it the active one. */
    void saveAndActivate(ProductionStandards standard);

    /** Standards cannot be edited here (tests, or a build without storage): only the seed's defaults. */
    StandardsService NONE = new StandardsService() {
        @Override
        public List<String> names() {
            return List.of(ProductionStandards.defaults().name());
        }

        @Override
        public ProductionStandards active() {
            return ProductionStandards.defaults();
        }

        @Override
        public Optional<ProductionStandards> named(String name) {
            return name.equals(ProductionStandards.defaults().name()) ? Optional.of(active()) : Optional.empty();
        }

        @Override
        public void saveAndActivate(ProductionStandards standard) {
            throw new IllegalStateException("standards cannot be stored here");
        }
    };
}
