package dev.uplift.views.standards;

import dev.uplift.model.Exemption;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.service.StandardsService;
import dev.uplift.views.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StandardsViewModelTest {
    private final List<ProductionStandards> stored = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private final ProductionStandards active = ProductionStandards.defaults()
            .withExemption(new Exemption("SEC-WEAK-HASH", null, "a/b.py", null, "checksums", null, null));
    private final StandardsService service = new StandardsService() {
        @Override
        public List<String> names() {
            return List.of("default", "strict");
        }

        @Override
        public ProductionStandards active() {
            return stored.isEmpty() ? active : stored.get(stored.size() - 1);
        }

        @Override
        public Optional<ProductionStandards> named(String name) {
            return name.equals("default") ? Optional.of(active) : Optional.empty();
        }

        @Override
        public void saveAndActivate(ProductionStandards standard) {
            stored.add(standard);
        }
    };
    private final StandardsViewModel viewModel = new StandardsViewModel(service, new CurrentThreadTaskExecutor(),
            s -> told.add("saved " + s.name()), e -> told.add("error " + e.getMessage()));

    @Test
    void theActiveStandardIsShownAndAnEditIsSavedWithWhatWasNotEdited() {
        viewModel.load();
        assertThat(viewModel.names()).containsExactly("default", "strict");
        assertThat(viewModel.activeProperty().get()).isEqualTo("default");
        assertThat(viewModel.securityProperty().get()).isEqualTo(9.0);
        assertThat(viewModel.exemptions()).hasSize(1);

        viewModel.nameProperty().set(" stricter ");
        viewModel.securityProperty().set(9.5);
        viewModel.exemptions().clear();
        viewModel.save();

        assertThat(told).containsExactly("saved stricter");
        ProductionStandards saved = stored.get(0);
        assertThat(saved.name()).isEqualTo("stricter");
        assertThat(saved.thresholds().security()).isEqualTo(9.5);
        assertThat(saved.thresholds().codeQuality()).isEqualTo(8.5);
        assertThat(saved.exemptions()).isEmpty();
        assertThat(saved.requiredControls()).isEqualTo(active.requiredControls());
        assertThat(viewModel.activeProperty().get()).isEqualTo("stricter");
    }

    @Test
    void aBlankNameOrAnUnknownStandardIsReportedNotSaved() {
        viewModel.load();
        viewModel.nameProperty().set("  ");
        viewModel.save();
        viewModel.open("nope");
        assertThat(stored).isEmpty();
        assertThat(told).containsExactly("error a standard needs a name", "error no standard named 'nope'");
    }
}
