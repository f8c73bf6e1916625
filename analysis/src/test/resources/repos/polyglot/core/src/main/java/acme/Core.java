package acme; public class Core {}
