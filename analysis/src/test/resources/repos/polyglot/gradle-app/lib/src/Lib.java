class Lib {}
