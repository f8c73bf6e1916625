class DictionaryService {
    public String getWordMeaning(String word) {
        return dictionary.getOrDefault(word, "Meaning not found.");
    }
}
