package fixture;

/** Keeps the user's to-do list. */
public class TodoList {
    private final String title = "TODO items";
    private int todoCount;
    // The word todo in lower case is prose, not a marker.
}
