class Database:
    @property
    def supports_strict(self) -> bool:
        "Does this database support STRICT mode?"
        if not hasattr(self, "_supports_strict"):
            try:
                table_name = f"t{secrets.token_hex(16)}"
                with self.atomic():
                    self.conn.execute(f"create table {table_name} (name text) strict")
                    self.conn.execute(f"drop table {table_name}")
                self._supports_strict = True
            except sqlite3.OperationalError:
                self._supports_strict = False
        return self._supports_strict
