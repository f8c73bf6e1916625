class BugInjectionMatrix:
    def corrupt_data(self, data_structure):
        """Injects a flaw by corrupting a data structure."""
        if isinstance(data_structure, list) and data_structure:
            index_to_corrupt = self.random.randint(0, len(data_structure) - 1)
            data_structure[index_to_corrupt] = "CORRUPTED_BY_JULES"
        elif isinstance(data_structure, dict) and data_structure:
            key_to_corrupt = self.random.choice(list(data_structure.keys()))
            data_structure[key_to_corrupt] = "CORRUPTED_BY_JULES"
        return data_structure
