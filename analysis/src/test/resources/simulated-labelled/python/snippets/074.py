class Table:
    def delete(self, pk_values: list | tuple | str | float) -> "Table":
        """
        Delete row matching the specified primary key.

        :param pk_values: A single value, or a tuple of values for tables that have a compound primary key
        """
        if not isinstance(pk_values, (list, tuple)):
            pk_values = [pk_values]
        self.get(pk_values)
        wheres = [f"{quote_identifier(pk_name)} = ?" for pk_name in self.pks]
        sql = "delete from {} where {wheres}".format(
            quote_identifier(self.name), wheres=" and ".join(wheres)
        )
        with self.db.atomic():
            self.db.execute(sql, pk_values)
        return self
