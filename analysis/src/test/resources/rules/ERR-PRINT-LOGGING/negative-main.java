package fixture;

public class ReindexTool {
    public static void main(String[] args) {
        System.out.println("reindexing " + args.length + " collections");
    }
}
