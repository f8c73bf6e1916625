class Table:
    def update(
        self,
        pk_values: list | tuple | str | float,
        updates: dict | None = None,
        alter: bool = False,
        conversions: dict | None = None,
    ) -> "Table":
        """
        Execute a SQL ``UPDATE`` against the specified row.

        See :ref:`python_api_update`.

        :param pk_values: The primary key of an individual record - can be a tuple if the
          table has a compound primary key.
        :param updates: A dictionary mapping columns to their updated values.
        :param alter: Set to ``True`` to add any missing columns.
        :param conversions: Optional dictionary of SQL functions to apply during the update, for example
          ``{"mycolumn": "upper(?)"}``.
        """
        updates = updates or {}
        conversions = conversions or {}
        if not isinstance(pk_values, (list, tuple)):
            pk_values = [pk_values]
        # Soundness check that the record exists (raises error if not):
        self.get(pk_values)
        if not updates:
            return self
        args = []
        sets = []
        wheres = []
        pks = self.pks
        for key, value in updates.items():
            sets.append(
                "{} = {}".format(quote_identifier(key), conversions.get(key, "?"))
            )
            args.append(jsonify_if_needed(value))
        wheres = [f"{quote_identifier(pk_name)} = ?" for pk_name in pks]
        args.extend(pk_values)
        sql = "update {} set {sets} where {wheres}".format(
            quote_identifier(self.name),
            sets=", ".join(sets),
            wheres=" and ".join(wheres),
        )
        with self.db.atomic():
            try:
                rowcount = self.db.execute(sql, args).rowcount
            except OperationalError as e:
                if alter and (" column" in e.args[0]):
                    # Attempt to add any missing columns, then try again
                    self.add_missing_columns([updates])
                    rowcount = self.db.execute(sql, args).rowcount
                else:
                    raise

            # TODO: Test this works (rolls back) - use better exception:
            assert rowcount == 1
        self.last_pk = pk_values[0] if len(pks) == 1 else pk_values
        return self
