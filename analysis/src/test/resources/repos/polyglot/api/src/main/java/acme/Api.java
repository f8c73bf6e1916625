package acme; public class Api { Core core; }
