class Database:
    def __repr__(self) -> str:
        return f"<Database {self.conn}>"
