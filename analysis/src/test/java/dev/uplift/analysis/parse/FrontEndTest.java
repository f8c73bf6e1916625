package dev.uplift.analysis.parse;

import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.index.Languages;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FrontEndTest {

    private static ParsedFile parse(String name, String text) {
        IndexedFile file = new IndexedFile("src/" + name, Path.of(name), Languages.of(name), text.length(), false);
        return FrontEnd.forLanguage(file.language()).parse(file, text, text.lines().toList());
    }

    @Test
    void javaFunctionsCarryTheirExtentDocumentationAndVisibility() {
        ParsedFile f = parse("A.java", String.join("\n",
                "package p;",
                "import java.util.List;",
                "/** A thing. */",
                "public class A {",
                "    /** Adds. */",
                "    public int add(int a, int b) {",
                "        return a + b;",
                "    }",
                "    int hidden() { return 1; }",
                "}"));
        assertThat(f.functions()).extracting(FunctionInfo::name, FunctionInfo::startLine, FunctionInfo::endLine,
                FunctionInfo::publicApi, FunctionInfo::documented).containsExactly(
                org.assertj.core.groups.Tuple.tuple("add", 6, 8, true, true),
                org.assertj.core.groups.Tuple.tuple("hidden", 9, 9, false, false));
        assertThat(f.publicTypes()).extracting(ParsedFile.TypeInfo::name).containsExactly("A");
        assertThat(f.imports()).containsExactly("java.util.List");
        assertThat(f.lineKinds().codeLines()).isEqualTo(8);
        assertThat(f.tree()).isInstanceOf(SyntaxTree.Java.class);
    }

    @Test
    void brokenJavaIsReadLineByLineWithTheReason() {
        ParsedFile f = parse("B.java", "public class B {\n  void x( {\n}\n");
        assertThat(f.parseProblem()).startsWith("Java syntax error");
        assertThat(f.tree()).isInstanceOf(SyntaxTree.None.class);
        assertThat(f.lineKinds().codeLines()).isEqualTo(3);
    }

    @Test
    void pythonFunctionsMethodsAndDocstrings() {
        ParsedFile f = parse("m.py", String.join("\n",
                "import os, json",
                "from .x import y",
                "from requests.adapters import HTTPAdapter",
                "class Client:",
                "    '''A client.'''",
                "    def get(self, url,",
                "            timeout=5):",
                "        \"\"\"Fetch.\"\"\"",
                "        return url",
                "",
                "    def _private(self):",
                "        return 1",
                "def helper():",
                "    def inner():",
                "        return 2",
                "    return inner()"));
        assertThat(f.functions()).extracting(FunctionInfo::name, FunctionInfo::startLine, FunctionInfo::endLine,
                FunctionInfo::publicApi, FunctionInfo::documented).containsExactly(
                org.assertj.core.groups.Tuple.tuple("get", 6, 9, true, true),
                org.assertj.core.groups.Tuple.tuple("_private", 11, 12, false, false),
                org.assertj.core.groups.Tuple.tuple("helper", 13, 16, true, false),
                org.assertj.core.groups.Tuple.tuple("inner", 14, 15, false, false));
        assertThat(f.publicTypes()).singleElement().extracting(ParsedFile.TypeInfo::documented).isEqualTo(true);
        assertThat(f.imports()).as("a relative import names the path it leads to")
                .containsExactlyInAnyOrder("os", "json", "requests", "path:src/x");
    }

    @Test
    void scriptFunctionsArrowFunctionsAndMethods() {
        ParsedFile f = parse("c.tsx", String.join("\n",
                "import React from 'react';",
                "import { x } from '@acme/ui/button';",
                "import local from './local';",
                "/** Formats. */",
                "export function format(n: number): string {",
                "  return `${n}`;",
                "}",
                "export const Row = ({ n }: { n: number }) => (",
                "  <tr><td>{n}</td></tr>",
                ");",
                "class Store {",
                "  add(item: string) {",
                "    if (item) { this.items.push(item); }",
                "  }",
                "}"));
        assertThat(f.functions()).extracting(FunctionInfo::name, FunctionInfo::startLine, FunctionInfo::endLine,
                FunctionInfo::publicApi, FunctionInfo::documented).containsExactly(
                org.assertj.core.groups.Tuple.tuple("format", 5, 7, true, true),
                org.assertj.core.groups.Tuple.tuple("Row", 8, 10, true, false),
                org.assertj.core.groups.Tuple.tuple("add", 12, 14, false, false));
        assertThat(f.imports()).as("packages by name, whole specifiers for tsconfig aliases, relative paths")
                .containsExactlyInAnyOrder("react", "@acme/ui", "module:react", "module:@acme/ui/button", "path:src/local");
    }

    @Test
    void bracketsInStringsAndCommentsDoNotEndABody() {
        ParsedFile f = parse("d.ts", "function f() {\n  const s = '}';\n  // }\n  /* } */\n  return s;\n}\n");
        assertThat(f.functions()).singleElement().extracting(FunctionInfo::endLine).isEqualTo(6);
    }

    @Test
    void deeplyNestedInputDoesNotOverflowTheStack() {
        String nested = "class A { int x = " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "; }";
        ParsedFile f = parse("Deep.java", nested);
        assertThat(f.lineKinds().codeLines()).isEqualTo(1);
    }

    @Test
    void pythonIsParsedByTreeSitterAndKeepsWhatFollowsASyntaxError() {
        ParsedFile f = parse("broken.py", String.join("\n",
                "def good():",
                "    return 1",
                "def broken(:",
                "    return 2",
                "@app.route('/x')",
                "async def handler(request):",
                "    \"\"\"Serve x.\"\"\"",
                "    raise NotImplementedError('soon')",
                "def one_liner(): pass"));
        assertThat(f.functions()).extracting(FunctionInfo::name).contains("good", "handler", "one_liner");
        assertThat(f.functions()).filteredOn(fn -> fn.name().equals("handler")).singleElement()
                .satisfies(fn -> {
                    assertThat(fn.documented()).isTrue();
                    assertThat(fn.stubReason()).isEqualTo("raises NotImplementedError");
                });
        assertThat(f.functions()).filteredOn(fn -> fn.name().equals("one_liner")).singleElement()
                .extracting(FunctionInfo::stubReason).isEqualTo("body is only 'pass'");
        assertThat(f.parseProblem()).startsWith("Python syntax errors in").contains("the rest of the file was analyzed");
    }

    @Test
    void aValidPythonFileHasNoParseProblem() {
        ParsedFile f = parse("ok.py", "import os\n\ndef f(a, b=1, *args, **kw):\n    return a\n");
        assertThat(f.parseProblem()).isNull();
        assertThat(f.functions()).singleElement().extracting(FunctionInfo::startLine, FunctionInfo::endLine)
                .containsExactly(3, 4);
    }

    @Test
    void typescriptIsParsedByTreeSitterWithMultiLineSignaturesAndObjectMethods() {
        ParsedFile f = parse("api.ts", String.join("\n",
                "import axios from 'axios';",
                "import { x } from './local';",
                "/** Loads orders. */",
                "export async function load(",
                "    id: string,",
                "    retries: number,",
                "): Promise<void> {",
                "  await axios.get(`/orders/${id}`);",
                "}",
                "export const handlers = {",
                "  save(order: Order) {",
                "    throw new Error('not implemented');",
                "  },",
                "};",
                "function broken( {"));
        assertThat(f.functions()).extracting(FunctionInfo::name, FunctionInfo::startLine, FunctionInfo::publicApi,
                FunctionInfo::documented).contains(org.assertj.core.groups.Tuple.tuple("load", 4, true, true));
        assertThat(f.functions()).filteredOn(fn -> fn.name().equals("save")).singleElement()
                .extracting(FunctionInfo::stubReason).isEqualTo("throws a 'not implemented' error");
        assertThat(f.imports()).containsExactlyInAnyOrder("axios", "module:axios", "path:src/local");
        assertThat(f.parseProblem()).startsWith("TypeScript syntax errors in");
    }

    @Test
    void tsxFilesUseTheTsxGrammar() {
        ParsedFile f = parse("Badge.tsx", "export const Badge = ({ label }: Props) => <span>{label}</span>;\n");
        assertThat(f.parseProblem()).isNull();
        assertThat(f.functions()).extracting(FunctionInfo::name).containsExactly("Badge");
    }
}
