class PreparedStatementPersonDao {
    public Optional<PersonEntity> getById(int id) throws SQLException {
        String query = "SELECT id, name FROM persons WHERE id = ?";

        PreparedStatement preparedStatement = connection.prepareStatement(query);
        preparedStatement.setInt(1, id);
        ResultSet resultSet = preparedStatement.executeQuery();

        if (resultSet.first()) {

            PersonEntity result = new PersonEntity(resultSet.getInt("id"),
                resultSet.getString("name"));

            return Optional.of(result);
        } else {
            return Optional.empty();
        }

    }
}
