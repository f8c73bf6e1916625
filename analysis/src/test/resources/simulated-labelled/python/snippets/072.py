class Database:
    def cached_counts(self, tables: Iterable[str] | None = None) -> dict[str, int]:
        """
        Return ``{table_name: count}`` dictionary of cached counts for specified tables, or
        all tables if ``tables`` not provided.

        :param tables: Subset list of tables to return counts for.
        """
        sql = f'select "table", count from {self._counts_table_name}'
        tables_list = list(tables) if tables else None
        if tables_list:
            sql += ' where "table" in ({})'.format(", ".join("?" for _ in tables_list))
        try:
            return {r[0]: r[1] for r in self.execute(sql, tables_list).fetchall()}
        except OperationalError:
            return {}
