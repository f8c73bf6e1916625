package dev.uplift.app.standard;

import dev.uplift.model.ProductionStandards;
import dev.uplift.model.service.StandardsService;

import java.util.List;
import java.util.Optional;

/** The standards editor's service over the database's standards. */
public final class LocalStandardsService implements StandardsService {
    private final StandardStore store;

    public LocalStandardsService(StandardStore store) {
        this.store = store;
    }

    @Override
    public List<String> names() {
        return store.names();
    }

    @Override
    public ProductionStandards active() {
        return store.active();
    }

    @Override
    public Optional<ProductionStandards> named(String name) {
        return store.load(name);
    }

    @Override
    public void saveAndActivate(ProductionStandards standard) {
        store.save(standard);
        store.activate(standard.name());
    }
}
