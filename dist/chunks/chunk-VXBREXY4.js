import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  escapeControl
} from "./chunk-I7OISHKV.js";
import {
  TRACKING_TABLES,
  codeSpan,
  splitCodeSpans,
  toolOf
} from "./chunk-QB7ASLWW.js";
import {
  finding
} from "./chunk-VZ4ZRTPL.js";
import {
  bound,
  boundedMessage,
  excerpt
} from "./chunk-Z27VCTDF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-CVUXP45T.js";

// node_modules/fts5-sql-bundle/dist/sql-wasm.js
var require_sql_wasm = __commonJS({
  "node_modules/fts5-sql-bundle/dist/sql-wasm.js"(exports, module) {
    var initSqlJsPromise = void 0;
    var initSqlJs2 = function(moduleConfig) {
      if (initSqlJsPromise) {
        return initSqlJsPromise;
      }
      initSqlJsPromise = new Promise(function(resolveModule, reject) {
        var Module = typeof moduleConfig !== "undefined" ? moduleConfig : {};
        var originalOnAbortFunction = Module["onAbort"];
        Module["onAbort"] = function(errorThatCausedAbort) {
          reject(new Error(errorThatCausedAbort));
          if (originalOnAbortFunction) {
            originalOnAbortFunction(errorThatCausedAbort);
          }
        };
        Module["postRun"] = Module["postRun"] || [];
        Module["postRun"].push(function() {
          resolveModule(Module);
        });
        module = void 0;
        var e;
        e || (e = typeof Module !== "undefined" ? Module : {});
        "use strict";
        e.onRuntimeInitialized = function() {
          function a(g, m) {
            switch (typeof m) {
              case "boolean":
                gc(g, m ? 1 : 0);
                break;
              case "number":
                hc(g, m);
                break;
              case "string":
                ic(g, m, -1, -1);
                break;
              case "object":
                if (null === m) ib(g);
                else if (null != m.length) {
                  var n = aa(m.length);
                  ba(m, n);
                  jc(g, n, m.length, -1);
                  ca(n);
                } else xa(g, "Wrong API use : tried to return a value of an unknown type (" + m + ").", -1);
                break;
              default:
                ib(g);
            }
          }
          function b(g, m) {
            for (var n = [], p = 0; p < g; p += 1) {
              var v = l(m + 4 * p, "i32"), y = kc(v);
              if (1 === y || 2 === y) v = lc(v);
              else if (3 === y) v = mc(v);
              else if (4 === y) {
                y = v;
                v = nc(y);
                y = oc(y);
                for (var J = new Uint8Array(v), H = 0; H < v; H += 1) J[H] = r[y + H];
                v = J;
              } else v = null;
              n.push(v);
            }
            return n;
          }
          function c(g, m) {
            this.Ma = g;
            this.db = m;
            this.Ka = 1;
            this.hb = [];
          }
          function d(g, m) {
            this.db = m;
            this.$a = da(g);
            if (null === this.$a) throw Error("Unable to allocate memory for the SQL string");
            this.gb = this.$a;
            this.Wa = this.kb = null;
          }
          function f(g) {
            this.filename = "dbfile_" + (4294967295 * Math.random() >>> 0);
            if (null != g) {
              var m = this.filename, n = "/", p = m;
              n && (n = "string" == typeof n ? n : ea(n), p = m ? t(n + "/" + m) : n);
              m = fa(true, true);
              p = ha(
                p,
                (void 0 !== m ? m : 438) & 4095 | 32768,
                0
              );
              if (g) {
                if ("string" == typeof g) {
                  n = Array(g.length);
                  for (var v = 0, y = g.length; v < y; ++v) n[v] = g.charCodeAt(v);
                  g = n;
                }
                ia(p, m | 146);
                n = ja(p, 577);
                ka(n, g, 0, g.length, 0);
                la(n);
                ia(p, m);
              }
            }
            this.handleError(q(this.filename, h));
            this.db = l(h, "i32");
            lb(this.db);
            this.ab = {};
            this.Oa = {};
          }
          var h = u(4), k = e.cwrap, q = k("sqlite3_open", "number", ["string", "number"]), w = k("sqlite3_close_v2", "number", ["number"]), x = k("sqlite3_exec", "number", ["number", "string", "number", "number", "number"]), z = k(
            "sqlite3_changes",
            "number",
            ["number"]
          ), Q = k("sqlite3_prepare_v2", "number", ["number", "string", "number", "number", "number"]), mb = k("sqlite3_sql", "string", ["number"]), pc = k("sqlite3_normalized_sql", "string", ["number"]), nb = k("sqlite3_prepare_v2", "number", ["number", "number", "number", "number", "number"]), qc = k("sqlite3_bind_text", "number", ["number", "number", "number", "number", "number"]), ob = k("sqlite3_bind_blob", "number", ["number", "number", "number", "number", "number"]), rc = k("sqlite3_bind_double", "number", ["number", "number", "number"]), sc = k("sqlite3_bind_int", "number", ["number", "number", "number"]), tc = k("sqlite3_bind_parameter_index", "number", ["number", "string"]), uc = k("sqlite3_step", "number", ["number"]), vc = k("sqlite3_errmsg", "string", ["number"]), wc = k("sqlite3_column_count", "number", ["number"]), xc = k("sqlite3_data_count", "number", ["number"]), yc = k("sqlite3_column_double", "number", ["number", "number"]), pb = k("sqlite3_column_text", "string", ["number", "number"]), zc = k("sqlite3_column_blob", "number", ["number", "number"]), Ac = k(
            "sqlite3_column_bytes",
            "number",
            ["number", "number"]
          ), Bc = k("sqlite3_column_type", "number", ["number", "number"]), Cc = k("sqlite3_column_name", "string", ["number", "number"]), Dc = k("sqlite3_reset", "number", ["number"]), Ec = k("sqlite3_clear_bindings", "number", ["number"]), Fc = k("sqlite3_finalize", "number", ["number"]), qb = k("sqlite3_create_function_v2", "number", "number string number number number number number number number".split(" ")), kc = k("sqlite3_value_type", "number", ["number"]), nc = k("sqlite3_value_bytes", "number", ["number"]), mc = k(
            "sqlite3_value_text",
            "string",
            ["number"]
          ), oc = k("sqlite3_value_blob", "number", ["number"]), lc = k("sqlite3_value_double", "number", ["number"]), hc = k("sqlite3_result_double", "", ["number", "number"]), ib = k("sqlite3_result_null", "", ["number"]), ic = k("sqlite3_result_text", "", ["number", "string", "number", "number"]), jc = k("sqlite3_result_blob", "", ["number", "number", "number", "number"]), gc = k("sqlite3_result_int", "", ["number", "number"]), xa = k("sqlite3_result_error", "", ["number", "string", "number"]), rb = k(
            "sqlite3_aggregate_context",
            "number",
            ["number", "number"]
          ), lb = k("RegisterExtensionFunctions", "number", ["number"]), sb = k("sqlite3_update_hook", "number", ["number", "number", "number"]);
          c.prototype.bind = function(g) {
            if (!this.Ma) throw "Statement closed";
            this.reset();
            return Array.isArray(g) ? this.zb(g) : null != g && "object" === typeof g ? this.Ab(g) : true;
          };
          c.prototype.step = function() {
            if (!this.Ma) throw "Statement closed";
            this.Ka = 1;
            var g = uc(this.Ma);
            switch (g) {
              case 100:
                return true;
              case 101:
                return false;
              default:
                throw this.db.handleError(g);
            }
          };
          c.prototype.ub = function(g) {
            null == g && (g = this.Ka, this.Ka += 1);
            return yc(this.Ma, g);
          };
          c.prototype.Db = function(g) {
            null == g && (g = this.Ka, this.Ka += 1);
            g = pb(this.Ma, g);
            if ("function" !== typeof BigInt) throw Error("BigInt is not supported");
            return BigInt(g);
          };
          c.prototype.Eb = function(g) {
            null == g && (g = this.Ka, this.Ka += 1);
            return pb(this.Ma, g);
          };
          c.prototype.getBlob = function(g) {
            null == g && (g = this.Ka, this.Ka += 1);
            var m = Ac(this.Ma, g);
            g = zc(this.Ma, g);
            for (var n = new Uint8Array(m), p = 0; p < m; p += 1) n[p] = r[g + p];
            return n;
          };
          c.prototype.get = function(g, m) {
            m = m || {};
            null != g && this.bind(g) && this.step();
            g = [];
            for (var n = xc(this.Ma), p = 0; p < n; p += 1) switch (Bc(this.Ma, p)) {
              case 1:
                var v = m.useBigInt ? this.Db(p) : this.ub(p);
                g.push(v);
                break;
              case 2:
                g.push(this.ub(p));
                break;
              case 3:
                g.push(this.Eb(p));
                break;
              case 4:
                g.push(this.getBlob(p));
                break;
              default:
                g.push(null);
            }
            return g;
          };
          c.prototype.getColumnNames = function() {
            for (var g = [], m = wc(this.Ma), n = 0; n < m; n += 1) g.push(Cc(this.Ma, n));
            return g;
          };
          c.prototype.getAsObject = function(g, m) {
            g = this.get(g, m);
            m = this.getColumnNames();
            for (var n = {}, p = 0; p < m.length; p += 1) n[m[p]] = g[p];
            return n;
          };
          c.prototype.getSQL = function() {
            return mb(this.Ma);
          };
          c.prototype.getNormalizedSQL = function() {
            return pc(this.Ma);
          };
          c.prototype.run = function(g) {
            null != g && this.bind(g);
            this.step();
            return this.reset();
          };
          c.prototype.pb = function(g, m) {
            null == m && (m = this.Ka, this.Ka += 1);
            g = da(g);
            this.hb.push(g);
            this.db.handleError(qc(this.Ma, m, g, -1, 0));
          };
          c.prototype.yb = function(g, m) {
            null == m && (m = this.Ka, this.Ka += 1);
            var n = aa(g.length);
            ba(g, n);
            this.hb.push(n);
            this.db.handleError(ob(this.Ma, m, n, g.length, 0));
          };
          c.prototype.ob = function(g, m) {
            null == m && (m = this.Ka, this.Ka += 1);
            this.db.handleError((g === (g | 0) ? sc : rc)(this.Ma, m, g));
          };
          c.prototype.Bb = function(g) {
            null == g && (g = this.Ka, this.Ka += 1);
            ob(this.Ma, g, 0, 0, 0);
          };
          c.prototype.qb = function(g, m) {
            null == m && (m = this.Ka, this.Ka += 1);
            switch (typeof g) {
              case "string":
                this.pb(g, m);
                return;
              case "number":
                this.ob(g, m);
                return;
              case "bigint":
                this.pb(g.toString(), m);
                return;
              case "boolean":
                this.ob(g + 0, m);
                return;
              case "object":
                if (null === g) {
                  this.Bb(m);
                  return;
                }
                if (null != g.length) {
                  this.yb(g, m);
                  return;
                }
            }
            throw "Wrong API use : tried to bind a value of an unknown type (" + g + ").";
          };
          c.prototype.Ab = function(g) {
            var m = this;
            Object.keys(g).forEach(function(n) {
              var p = tc(m.Ma, n);
              0 !== p && m.qb(g[n], p);
            });
            return true;
          };
          c.prototype.zb = function(g) {
            for (var m = 0; m < g.length; m += 1) this.qb(g[m], m + 1);
            return true;
          };
          c.prototype.reset = function() {
            this.freemem();
            return 0 === Ec(this.Ma) && 0 === Dc(this.Ma);
          };
          c.prototype.freemem = function() {
            for (var g; void 0 !== (g = this.hb.pop()); ) ca(g);
          };
          c.prototype.free = function() {
            this.freemem();
            var g = 0 === Fc(this.Ma);
            delete this.db.ab[this.Ma];
            this.Ma = 0;
            return g;
          };
          d.prototype.next = function() {
            if (null === this.$a) return { done: true };
            null !== this.Wa && (this.Wa.free(), this.Wa = null);
            if (!this.db.db) throw this.ib(), Error("Database closed");
            var g = ma(), m = u(4);
            na(h);
            na(m);
            try {
              this.db.handleError(nb(this.db.db, this.gb, -1, h, m));
              this.gb = l(m, "i32");
              var n = l(h, "i32");
              if (0 === n) return this.ib(), { done: true };
              this.Wa = new c(n, this.db);
              this.db.ab[n] = this.Wa;
              return { value: this.Wa, done: false };
            } catch (p) {
              throw this.kb = A(this.gb), this.ib(), p;
            } finally {
              oa(g);
            }
          };
          d.prototype.ib = function() {
            ca(this.$a);
            this.$a = null;
          };
          d.prototype.getRemainingSQL = function() {
            return null !== this.kb ? this.kb : A(this.gb);
          };
          "function" === typeof Symbol && "symbol" === typeof Symbol.iterator && (d.prototype[Symbol.iterator] = function() {
            return this;
          });
          f.prototype.run = function(g, m) {
            if (!this.db) throw "Database closed";
            if (m) {
              g = this.prepare(g, m);
              try {
                g.step();
              } finally {
                g.free();
              }
            } else this.handleError(x(this.db, g, 0, 0, h));
            return this;
          };
          f.prototype.exec = function(g, m, n) {
            if (!this.db) throw "Database closed";
            var p = null, v = null, y = null;
            try {
              y = v = da(g);
              var J = u(4);
              for (g = []; 0 !== l(y, "i8"); ) {
                na(h);
                na(J);
                this.handleError(nb(this.db, y, -1, h, J));
                var H = l(h, "i32");
                y = l(J, "i32");
                if (0 !== H) {
                  var G = null;
                  p = new c(H, this);
                  for (null != m && p.bind(m); p.step(); ) null === G && (G = { columns: p.getColumnNames(), values: [] }, g.push(G)), G.values.push(p.get(null, n));
                  p.free();
                }
              }
              return g;
            } catch (K) {
              throw p && p.free(), K;
            } finally {
              v && ca(v);
            }
          };
          f.prototype.each = function(g, m, n, p, v) {
            "function" === typeof m && (p = n, n = m, m = void 0);
            g = this.prepare(g, m);
            try {
              for (; g.step(); ) n(g.getAsObject(null, v));
            } finally {
              g.free();
            }
            if ("function" === typeof p) return p();
          };
          f.prototype.prepare = function(g, m) {
            na(h);
            this.handleError(Q(this.db, g, -1, h, 0));
            g = l(h, "i32");
            if (0 === g) throw "Nothing to prepare";
            var n = new c(g, this);
            null != m && n.bind(m);
            return this.ab[g] = n;
          };
          f.prototype.iterateStatements = function(g) {
            return new d(g, this);
          };
          f.prototype["export"] = function() {
            Object.values(this.ab).forEach(function(m) {
              m.free();
            });
            Object.values(this.Oa).forEach(B);
            this.Oa = {};
            this.handleError(w(this.db));
            var g = pa(this.filename);
            this.handleError(q(this.filename, h));
            this.db = l(h, "i32");
            lb(this.db);
            return g;
          };
          f.prototype.close = function() {
            null !== this.db && (Object.values(this.ab).forEach(function(g) {
              g.free();
            }), Object.values(this.Oa).forEach(B), this.Oa = {}, this.Va && (B(this.Va), this.Va = void 0), this.handleError(w(this.db)), qa("/" + this.filename), this.db = null);
          };
          f.prototype.handleError = function(g) {
            if (0 === g) return null;
            g = vc(this.db);
            throw Error(g);
          };
          f.prototype.getRowsModified = function() {
            return z(this.db);
          };
          f.prototype.create_function = function(g, m) {
            Object.prototype.hasOwnProperty.call(this.Oa, g) && (B(this.Oa[g]), delete this.Oa[g]);
            var n = ra(function(p, v, y) {
              v = b(v, y);
              try {
                var J = m.apply(null, v);
              } catch (H) {
                xa(p, H, -1);
                return;
              }
              a(p, J);
            }, "viii");
            this.Oa[g] = n;
            this.handleError(qb(this.db, g, m.length, 1, 0, n, 0, 0, 0));
            return this;
          };
          f.prototype.create_aggregate = function(g, m) {
            var n = m.init || function() {
              return null;
            }, p = m.finalize || function(G) {
              return G;
            }, v = m.step;
            if (!v) throw "An aggregate function must have a step function in " + g;
            var y = {};
            Object.hasOwnProperty.call(this.Oa, g) && (B(this.Oa[g]), delete this.Oa[g]);
            m = g + "__finalize";
            Object.hasOwnProperty.call(
              this.Oa,
              m
            ) && (B(this.Oa[m]), delete this.Oa[m]);
            var J = ra(function(G, K, Pa) {
              var Z = rb(G, 1);
              Object.hasOwnProperty.call(y, Z) || (y[Z] = n());
              K = b(K, Pa);
              K = [y[Z]].concat(K);
              try {
                y[Z] = v.apply(null, K);
              } catch (Hc) {
                delete y[Z], xa(G, Hc, -1);
              }
            }, "viii"), H = ra(function(G) {
              var K = rb(G, 1);
              try {
                var Pa = p(y[K]);
              } catch (Z) {
                delete y[K];
                xa(G, Z, -1);
                return;
              }
              a(G, Pa);
              delete y[K];
            }, "vi");
            this.Oa[g] = J;
            this.Oa[m] = H;
            this.handleError(qb(this.db, g, v.length - 1, 1, 0, 0, J, H, 0));
            return this;
          };
          f.prototype.updateHook = function(g) {
            this.Va && (sb(this.db, 0, 0), B(this.Va), this.Va = void 0);
            if (!g) return this;
            this.Va = ra(function(m, n, p, v, y) {
              switch (n) {
                case 18:
                  m = "insert";
                  break;
                case 23:
                  m = "update";
                  break;
                case 9:
                  m = "delete";
                  break;
                default:
                  throw "unknown operationCode in updateHook callback: " + n;
              }
              p = A(p);
              v = A(v);
              if (y > Number.MAX_SAFE_INTEGER) throw "rowId too big to fit inside a Number";
              g(m, p, v, Number(y));
            }, "viiiij");
            sb(this.db, this.Va, 0);
            return this;
          };
          e.Database = f;
        };
        var sa = Object.assign({}, e), ta = "./this.program", ua = "object" == typeof window, va = "function" == typeof importScripts, wa = "object" == typeof process && "object" == typeof process.versions && "string" == typeof process.versions.node, C = "", ya, za, Aa;
        if (wa) {
          var fs = __require("fs"), Ba = __require("path");
          C = va ? Ba.dirname(C) + "/" : __dirname + "/";
          ya = (a, b) => {
            a = a.startsWith("file://") ? new URL(a) : Ba.normalize(a);
            return fs.readFileSync(a, b ? void 0 : "utf8");
          };
          Aa = (a) => {
            a = ya(a, true);
            a.buffer || (a = new Uint8Array(a));
            return a;
          };
          za = (a, b, c) => {
            a = a.startsWith("file://") ? new URL(a) : Ba.normalize(a);
            fs.readFile(a, function(d, f) {
              d ? c(d) : b(f.buffer);
            });
          };
          1 < process.argv.length && (ta = process.argv[1].replace(/\\/g, "/"));
          process.argv.slice(2);
          "undefined" != typeof module && (module.exports = e);
          e.inspect = function() {
            return "[Emscripten Module object]";
          };
        } else if (ua || va) va ? C = self.location.href : "undefined" != typeof document && document.currentScript && (C = document.currentScript.src), C = 0 !== C.indexOf("blob:") ? C.substr(0, C.replace(/[?#].*/, "").lastIndexOf("/") + 1) : "", ya = (a) => {
          var b = new XMLHttpRequest();
          b.open("GET", a, false);
          b.send(null);
          return b.responseText;
        }, va && (Aa = (a) => {
          var b = new XMLHttpRequest();
          b.open("GET", a, false);
          b.responseType = "arraybuffer";
          b.send(null);
          return new Uint8Array(b.response);
        }), za = (a, b, c) => {
          var d = new XMLHttpRequest();
          d.open("GET", a, true);
          d.responseType = "arraybuffer";
          d.onload = () => {
            200 == d.status || 0 == d.status && d.response ? b(d.response) : c();
          };
          d.onerror = c;
          d.send(null);
        };
        var Ca = e.print || console.log.bind(console), Da = e.printErr || console.warn.bind(console);
        Object.assign(e, sa);
        sa = null;
        e.thisProgram && (ta = e.thisProgram);
        var Ea;
        e.wasmBinary && (Ea = e.wasmBinary);
        var noExitRuntime = e.noExitRuntime || true;
        "object" != typeof WebAssembly && D("no native wasm support detected");
        var Fa, Ga = false, Ha = "undefined" != typeof TextDecoder ? new TextDecoder("utf8") : void 0;
        function Ia(a, b, c) {
          var d = b + c;
          for (c = b; a[c] && !(c >= d); ) ++c;
          if (16 < c - b && a.buffer && Ha) return Ha.decode(a.subarray(b, c));
          for (d = ""; b < c; ) {
            var f = a[b++];
            if (f & 128) {
              var h = a[b++] & 63;
              if (192 == (f & 224)) d += String.fromCharCode((f & 31) << 6 | h);
              else {
                var k = a[b++] & 63;
                f = 224 == (f & 240) ? (f & 15) << 12 | h << 6 | k : (f & 7) << 18 | h << 12 | k << 6 | a[b++] & 63;
                65536 > f ? d += String.fromCharCode(f) : (f -= 65536, d += String.fromCharCode(55296 | f >> 10, 56320 | f & 1023));
              }
            } else d += String.fromCharCode(f);
          }
          return d;
        }
        function A(a, b) {
          return a ? Ia(E, a, b) : "";
        }
        function Ja(a, b, c, d) {
          if (!(0 < d)) return 0;
          var f = c;
          d = c + d - 1;
          for (var h = 0; h < a.length; ++h) {
            var k = a.charCodeAt(h);
            if (55296 <= k && 57343 >= k) {
              var q = a.charCodeAt(++h);
              k = 65536 + ((k & 1023) << 10) | q & 1023;
            }
            if (127 >= k) {
              if (c >= d) break;
              b[c++] = k;
            } else {
              if (2047 >= k) {
                if (c + 1 >= d) break;
                b[c++] = 192 | k >> 6;
              } else {
                if (65535 >= k) {
                  if (c + 2 >= d) break;
                  b[c++] = 224 | k >> 12;
                } else {
                  if (c + 3 >= d) break;
                  b[c++] = 240 | k >> 18;
                  b[c++] = 128 | k >> 12 & 63;
                }
                b[c++] = 128 | k >> 6 & 63;
              }
              b[c++] = 128 | k & 63;
            }
          }
          b[c] = 0;
          return c - f;
        }
        function Ka(a) {
          for (var b = 0, c = 0; c < a.length; ++c) {
            var d = a.charCodeAt(c);
            127 >= d ? b++ : 2047 >= d ? b += 2 : 55296 <= d && 57343 >= d ? (b += 4, ++c) : b += 3;
          }
          return b;
        }
        var La, r, E, Ma, F, I, Na, Oa;
        function Qa() {
          var a = Fa.buffer;
          La = a;
          e.HEAP8 = r = new Int8Array(a);
          e.HEAP16 = Ma = new Int16Array(a);
          e.HEAP32 = F = new Int32Array(a);
          e.HEAPU8 = E = new Uint8Array(a);
          e.HEAPU16 = new Uint16Array(a);
          e.HEAPU32 = I = new Uint32Array(a);
          e.HEAPF32 = Na = new Float32Array(a);
          e.HEAPF64 = Oa = new Float64Array(a);
        }
        var L, Ra = [], Sa = [], Ta = [];
        function Ua() {
          var a = e.preRun.shift();
          Ra.unshift(a);
        }
        var Va = 0, Wa = null, Xa = null;
        function D(a) {
          if (e.onAbort) e.onAbort(a);
          a = "Aborted(" + a + ")";
          Da(a);
          Ga = true;
          throw new WebAssembly.RuntimeError(a + ". Build with -sASSERTIONS for more info.");
        }
        function Ya() {
          return M.startsWith("data:application/octet-stream;base64,");
        }
        var M;
        M = "sql-wasm.wasm";
        if (!Ya()) {
          var Za = M;
          M = e.locateFile ? e.locateFile(Za, C) : C + Za;
        }
        function $a() {
          var a = M;
          try {
            if (a == M && Ea) return new Uint8Array(Ea);
            if (Aa) return Aa(a);
            throw "both async and sync fetching of the wasm failed";
          } catch (b) {
            D(b);
          }
        }
        function ab() {
          if (!Ea && (ua || va)) {
            if ("function" == typeof fetch && !M.startsWith("file://")) return fetch(M, { credentials: "same-origin" }).then(function(a) {
              if (!a.ok) throw "failed to load wasm binary file at '" + M + "'";
              return a.arrayBuffer();
            }).catch(function() {
              return $a();
            });
            if (za) return new Promise(function(a, b) {
              za(M, function(c) {
                a(new Uint8Array(c));
              }, b);
            });
          }
          return Promise.resolve().then(function() {
            return $a();
          });
        }
        var N, O;
        function bb(a) {
          for (; 0 < a.length; ) a.shift()(e);
        }
        function l(a, b = "i8") {
          b.endsWith("*") && (b = "*");
          switch (b) {
            case "i1":
              return r[a >> 0];
            case "i8":
              return r[a >> 0];
            case "i16":
              return Ma[a >> 1];
            case "i32":
              return F[a >> 2];
            case "i64":
              return F[a >> 2];
            case "float":
              return Na[a >> 2];
            case "double":
              return Oa[a >> 3];
            case "*":
              return I[a >> 2];
            default:
              D("invalid type for getValue: " + b);
          }
          return null;
        }
        function na(a) {
          var b = "i32";
          b.endsWith("*") && (b = "*");
          switch (b) {
            case "i1":
              r[a >> 0] = 0;
              break;
            case "i8":
              r[a >> 0] = 0;
              break;
            case "i16":
              Ma[a >> 1] = 0;
              break;
            case "i32":
              F[a >> 2] = 0;
              break;
            case "i64":
              O = [0, (N = 0, 1 <= +Math.abs(N) ? 0 < N ? (Math.min(+Math.floor(N / 4294967296), 4294967295) | 0) >>> 0 : ~~+Math.ceil((N - +(~~N >>> 0)) / 4294967296) >>> 0 : 0)];
              F[a >> 2] = O[0];
              F[a + 4 >> 2] = O[1];
              break;
            case "float":
              Na[a >> 2] = 0;
              break;
            case "double":
              Oa[a >> 3] = 0;
              break;
            case "*":
              I[a >> 2] = 0;
              break;
            default:
              D("invalid type for setValue: " + b);
          }
        }
        var cb = (a, b) => {
          for (var c = 0, d = a.length - 1; 0 <= d; d--) {
            var f = a[d];
            "." === f ? a.splice(d, 1) : ".." === f ? (a.splice(d, 1), c++) : c && (a.splice(d, 1), c--);
          }
          if (b) for (; c; c--) a.unshift("..");
          return a;
        }, t = (a) => {
          var b = "/" === a.charAt(0), c = "/" === a.substr(-1);
          (a = cb(a.split("/").filter((d) => !!d), !b).join("/")) || b || (a = ".");
          a && c && (a += "/");
          return (b ? "/" : "") + a;
        }, db = (a) => {
          var b = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/.exec(a).slice(1);
          a = b[0];
          b = b[1];
          if (!a && !b) return ".";
          b && (b = b.substr(0, b.length - 1));
          return a + b;
        }, eb = (a) => {
          if ("/" === a) return "/";
          a = t(a);
          a = a.replace(/\/$/, "");
          var b = a.lastIndexOf("/");
          return -1 === b ? a : a.substr(b + 1);
        };
        function fb() {
          if ("object" == typeof crypto && "function" == typeof crypto.getRandomValues) {
            var a = new Uint8Array(1);
            return () => {
              crypto.getRandomValues(a);
              return a[0];
            };
          }
          if (wa) try {
            var b = __require("crypto");
            return () => b.randomBytes(1)[0];
          } catch (c) {
          }
          return () => D("randomDevice");
        }
        function gb() {
          for (var a = "", b = false, c = arguments.length - 1; -1 <= c && !b; c--) {
            b = 0 <= c ? arguments[c] : "/";
            if ("string" != typeof b) throw new TypeError("Arguments to path.resolve must be strings");
            if (!b) return "";
            a = b + "/" + a;
            b = "/" === b.charAt(0);
          }
          a = cb(a.split("/").filter((d) => !!d), !b).join("/");
          return (b ? "/" : "") + a || ".";
        }
        var hb = [];
        function jb(a, b) {
          hb[a] = { input: [], output: [], Za: b };
          kb(a, tb);
        }
        var tb = { open: function(a) {
          var b = hb[a.node.rdev];
          if (!b) throw new P(43);
          a.tty = b;
          a.seekable = false;
        }, close: function(a) {
          a.tty.Za.fsync(a.tty);
        }, fsync: function(a) {
          a.tty.Za.fsync(a.tty);
        }, read: function(a, b, c, d) {
          if (!a.tty || !a.tty.Za.vb) throw new P(60);
          for (var f = 0, h = 0; h < d; h++) {
            try {
              var k = a.tty.Za.vb(a.tty);
            } catch (q) {
              throw new P(29);
            }
            if (void 0 === k && 0 === f) throw new P(6);
            if (null === k || void 0 === k) break;
            f++;
            b[c + h] = k;
          }
          f && (a.node.timestamp = Date.now());
          return f;
        }, write: function(a, b, c, d) {
          if (!a.tty || !a.tty.Za.lb) throw new P(60);
          try {
            for (var f = 0; f < d; f++) a.tty.Za.lb(a.tty, b[c + f]);
          } catch (h) {
            throw new P(29);
          }
          d && (a.node.timestamp = Date.now());
          return f;
        } }, ub = { vb: function(a) {
          if (!a.input.length) {
            var b = null;
            if (wa) {
              var c = Buffer.alloc(256), d = 0;
              try {
                d = fs.readSync(process.stdin.fd, c, 0, 256, -1);
              } catch (f) {
                if (f.toString().includes("EOF")) d = 0;
                else throw f;
              }
              0 < d ? b = c.slice(0, d).toString("utf-8") : b = null;
            } else "undefined" != typeof window && "function" == typeof window.prompt ? (b = window.prompt("Input: "), null !== b && (b += "\n")) : "function" == typeof readline && (b = readline(), null !== b && (b += "\n"));
            if (!b) return null;
            c = Array(Ka(b) + 1);
            b = Ja(b, c, 0, c.length);
            c.length = b;
            a.input = c;
          }
          return a.input.shift();
        }, lb: function(a, b) {
          null === b || 10 === b ? (Ca(Ia(a.output, 0)), a.output = []) : 0 != b && a.output.push(b);
        }, fsync: function(a) {
          a.output && 0 < a.output.length && (Ca(Ia(a.output, 0)), a.output = []);
        } }, vb = { lb: function(a, b) {
          null === b || 10 === b ? (Da(Ia(a.output, 0)), a.output = []) : 0 != b && a.output.push(b);
        }, fsync: function(a) {
          a.output && 0 < a.output.length && (Da(Ia(a.output, 0)), a.output = []);
        } }, R = {
          Ra: null,
          Sa: function() {
            return R.createNode(
              null,
              "/",
              16895,
              0
            );
          },
          createNode: function(a, b, c, d) {
            if (24576 === (c & 61440) || 4096 === (c & 61440)) throw new P(63);
            R.Ra || (R.Ra = { dir: { node: { Qa: R.Ha.Qa, Pa: R.Ha.Pa, lookup: R.Ha.lookup, cb: R.Ha.cb, rename: R.Ha.rename, unlink: R.Ha.unlink, rmdir: R.Ha.rmdir, readdir: R.Ha.readdir, symlink: R.Ha.symlink }, stream: { Ua: R.Ia.Ua } }, file: { node: { Qa: R.Ha.Qa, Pa: R.Ha.Pa }, stream: { Ua: R.Ia.Ua, read: R.Ia.read, write: R.Ia.write, nb: R.Ia.nb, eb: R.Ia.eb, fb: R.Ia.fb } }, link: { node: { Qa: R.Ha.Qa, Pa: R.Ha.Pa, readlink: R.Ha.readlink }, stream: {} }, rb: { node: {
              Qa: R.Ha.Qa,
              Pa: R.Ha.Pa
            }, stream: wb } });
            c = xb(a, b, c, d);
            16384 === (c.mode & 61440) ? (c.Ha = R.Ra.dir.node, c.Ia = R.Ra.dir.stream, c.Ja = {}) : 32768 === (c.mode & 61440) ? (c.Ha = R.Ra.file.node, c.Ia = R.Ra.file.stream, c.Na = 0, c.Ja = null) : 40960 === (c.mode & 61440) ? (c.Ha = R.Ra.link.node, c.Ia = R.Ra.link.stream) : 8192 === (c.mode & 61440) && (c.Ha = R.Ra.rb.node, c.Ia = R.Ra.rb.stream);
            c.timestamp = Date.now();
            a && (a.Ja[b] = c, a.timestamp = c.timestamp);
            return c;
          },
          Kb: function(a) {
            return a.Ja ? a.Ja.subarray ? a.Ja.subarray(0, a.Na) : new Uint8Array(a.Ja) : new Uint8Array(0);
          },
          sb: function(a, b) {
            var c = a.Ja ? a.Ja.length : 0;
            c >= b || (b = Math.max(b, c * (1048576 > c ? 2 : 1.125) >>> 0), 0 != c && (b = Math.max(b, 256)), c = a.Ja, a.Ja = new Uint8Array(b), 0 < a.Na && a.Ja.set(c.subarray(0, a.Na), 0));
          },
          Hb: function(a, b) {
            if (a.Na != b) if (0 == b) a.Ja = null, a.Na = 0;
            else {
              var c = a.Ja;
              a.Ja = new Uint8Array(b);
              c && a.Ja.set(c.subarray(0, Math.min(b, a.Na)));
              a.Na = b;
            }
          },
          Ha: {
            Qa: function(a) {
              var b = {};
              b.dev = 8192 === (a.mode & 61440) ? a.id : 1;
              b.ino = a.id;
              b.mode = a.mode;
              b.nlink = 1;
              b.uid = 0;
              b.gid = 0;
              b.rdev = a.rdev;
              16384 === (a.mode & 61440) ? b.size = 4096 : 32768 === (a.mode & 61440) ? b.size = a.Na : 40960 === (a.mode & 61440) ? b.size = a.link.length : b.size = 0;
              b.atime = new Date(a.timestamp);
              b.mtime = new Date(a.timestamp);
              b.ctime = new Date(a.timestamp);
              b.Cb = 4096;
              b.blocks = Math.ceil(b.size / b.Cb);
              return b;
            },
            Pa: function(a, b) {
              void 0 !== b.mode && (a.mode = b.mode);
              void 0 !== b.timestamp && (a.timestamp = b.timestamp);
              void 0 !== b.size && R.Hb(a, b.size);
            },
            lookup: function() {
              throw yb[44];
            },
            cb: function(a, b, c, d) {
              return R.createNode(a, b, c, d);
            },
            rename: function(a, b, c) {
              if (16384 === (a.mode & 61440)) {
                try {
                  var d = zb(
                    b,
                    c
                  );
                } catch (h) {
                }
                if (d) for (var f in d.Ja) throw new P(55);
              }
              delete a.parent.Ja[a.name];
              a.parent.timestamp = Date.now();
              a.name = c;
              b.Ja[c] = a;
              b.timestamp = a.parent.timestamp;
              a.parent = b;
            },
            unlink: function(a, b) {
              delete a.Ja[b];
              a.timestamp = Date.now();
            },
            rmdir: function(a, b) {
              var c = zb(a, b), d;
              for (d in c.Ja) throw new P(55);
              delete a.Ja[b];
              a.timestamp = Date.now();
            },
            readdir: function(a) {
              var b = [".", ".."], c;
              for (c in a.Ja) a.Ja.hasOwnProperty(c) && b.push(c);
              return b;
            },
            symlink: function(a, b, c) {
              a = R.createNode(a, b, 41471, 0);
              a.link = c;
              return a;
            },
            readlink: function(a) {
              if (40960 !== (a.mode & 61440)) throw new P(28);
              return a.link;
            }
          },
          Ia: { read: function(a, b, c, d, f) {
            var h = a.node.Ja;
            if (f >= a.node.Na) return 0;
            a = Math.min(a.node.Na - f, d);
            if (8 < a && h.subarray) b.set(h.subarray(f, f + a), c);
            else for (d = 0; d < a; d++) b[c + d] = h[f + d];
            return a;
          }, write: function(a, b, c, d, f, h) {
            b.buffer === r.buffer && (h = false);
            if (!d) return 0;
            a = a.node;
            a.timestamp = Date.now();
            if (b.subarray && (!a.Ja || a.Ja.subarray)) {
              if (h) return a.Ja = b.subarray(c, c + d), a.Na = d;
              if (0 === a.Na && 0 === f) return a.Ja = b.slice(c, c + d), a.Na = d;
              if (f + d <= a.Na) return a.Ja.set(b.subarray(c, c + d), f), d;
            }
            R.sb(a, f + d);
            if (a.Ja.subarray && b.subarray) a.Ja.set(b.subarray(c, c + d), f);
            else for (h = 0; h < d; h++) a.Ja[f + h] = b[c + h];
            a.Na = Math.max(a.Na, f + d);
            return d;
          }, Ua: function(a, b, c) {
            1 === c ? b += a.position : 2 === c && 32768 === (a.node.mode & 61440) && (b += a.node.Na);
            if (0 > b) throw new P(28);
            return b;
          }, nb: function(a, b, c) {
            R.sb(a.node, b + c);
            a.node.Na = Math.max(a.node.Na, b + c);
          }, eb: function(a, b, c, d, f) {
            if (32768 !== (a.node.mode & 61440)) throw new P(43);
            a = a.node.Ja;
            if (f & 2 || a.buffer !== La) {
              if (0 < c || c + b < a.length) a.subarray ? a = a.subarray(c, c + b) : a = Array.prototype.slice.call(a, c, c + b);
              c = true;
              b = 65536 * Math.ceil(b / 65536);
              (f = Ab(65536, b)) ? (E.fill(0, f, f + b), b = f) : b = 0;
              if (!b) throw new P(48);
              r.set(a, b);
            } else c = false, b = a.byteOffset;
            return { Gb: b, xb: c };
          }, fb: function(a, b, c, d) {
            R.Ia.write(a, b, 0, d, c, false);
            return 0;
          } }
        }, Bb = null, Cb = {}, S = [], Db = 1, T = null, Eb = true, P = null, yb = {}, U = (a, b = {}) => {
          a = gb(a);
          if (!a) return { path: "", node: null };
          b = Object.assign({ tb: true, mb: 0 }, b);
          if (8 < b.mb) throw new P(32);
          a = a.split("/").filter((k) => !!k);
          for (var c = Bb, d = "/", f = 0; f < a.length; f++) {
            var h = f === a.length - 1;
            if (h && b.parent) break;
            c = zb(c, a[f]);
            d = t(d + "/" + a[f]);
            c.Xa && (!h || h && b.tb) && (c = c.Xa.root);
            if (!h || b.Ta) {
              for (h = 0; 40960 === (c.mode & 61440); ) if (c = Fb(d), d = gb(db(d), c), c = U(d, { mb: b.mb + 1 }).node, 40 < h++) throw new P(32);
            }
          }
          return { path: d, node: c };
        }, ea = (a) => {
          for (var b; ; ) {
            if (a === a.parent) return a = a.Sa.wb, b ? "/" !== a[a.length - 1] ? a + "/" + b : a + b : a;
            b = b ? a.name + "/" + b : a.name;
            a = a.parent;
          }
        }, Gb = (a, b) => {
          for (var c = 0, d = 0; d < b.length; d++) c = (c << 5) - c + b.charCodeAt(d) | 0;
          return (a + c >>> 0) % T.length;
        }, Hb = (a) => {
          var b = Gb(a.parent.id, a.name);
          if (T[b] === a) T[b] = a.Ya;
          else for (b = T[b]; b; ) {
            if (b.Ya === a) {
              b.Ya = a.Ya;
              break;
            }
            b = b.Ya;
          }
        }, zb = (a, b) => {
          var c;
          if (c = (c = Ib(a, "x")) ? c : a.Ha.lookup ? 0 : 2) throw new P(c, a);
          for (c = T[Gb(a.id, b)]; c; c = c.Ya) {
            var d = c.name;
            if (c.parent.id === a.id && d === b) return c;
          }
          return a.Ha.lookup(a, b);
        }, xb = (a, b, c, d) => {
          a = new Jb(a, b, c, d);
          b = Gb(a.parent.id, a.name);
          a.Ya = T[b];
          return T[b] = a;
        }, Kb = { r: 0, "r+": 2, w: 577, "w+": 578, a: 1089, "a+": 1090 }, Lb = (a) => {
          var b = ["r", "w", "rw"][a & 3];
          a & 512 && (b += "w");
          return b;
        }, Ib = (a, b) => {
          if (Eb) return 0;
          if (!b.includes("r") || a.mode & 292) {
            if (b.includes("w") && !(a.mode & 146) || b.includes("x") && !(a.mode & 73)) return 2;
          } else return 2;
          return 0;
        }, Mb = (a, b) => {
          try {
            return zb(a, b), 20;
          } catch (c) {
          }
          return Ib(a, "wx");
        }, Nb = (a, b, c) => {
          try {
            var d = zb(a, b);
          } catch (f) {
            return f.La;
          }
          if (a = Ib(a, "wx")) return a;
          if (c) {
            if (16384 !== (d.mode & 61440)) return 54;
            if (d === d.parent || "/" === ea(d)) return 10;
          } else if (16384 === (d.mode & 61440)) return 31;
          return 0;
        }, Ob = (a = 0) => {
          for (; 4096 >= a; a++) if (!S[a]) return a;
          throw new P(33);
        }, Qb = (a, b) => {
          Pb || (Pb = function() {
            this.bb = {};
          }, Pb.prototype = {}, Object.defineProperties(Pb.prototype, { object: { get: function() {
            return this.node;
          }, set: function(c) {
            this.node = c;
          } }, flags: { get: function() {
            return this.bb.flags;
          }, set: function(c) {
            this.bb.flags = c;
          } }, position: { get: function() {
            return this.bb.position;
          }, set: function(c) {
            this.bb.position = c;
          } } }));
          a = Object.assign(new Pb(), a);
          b = Ob(b);
          a.fd = b;
          return S[b] = a;
        }, wb = { open: (a) => {
          a.Ia = Cb[a.node.rdev].Ia;
          a.Ia.open && a.Ia.open(a);
        }, Ua: () => {
          throw new P(70);
        } }, kb = (a, b) => {
          Cb[a] = { Ia: b };
        }, Rb = (a, b) => {
          var c = "/" === b, d = !b;
          if (c && Bb) throw new P(10);
          if (!c && !d) {
            var f = U(b, { tb: false });
            b = f.path;
            f = f.node;
            if (f.Xa) throw new P(10);
            if (16384 !== (f.mode & 61440)) throw new P(54);
          }
          b = { type: a, Lb: {}, wb: b, Fb: [] };
          a = a.Sa(b);
          a.Sa = b;
          b.root = a;
          c ? Bb = a : f && (f.Xa = b, f.Sa && f.Sa.Fb.push(b));
        }, ha = (a, b, c) => {
          var d = U(a, { parent: true }).node;
          a = eb(a);
          if (!a || "." === a || ".." === a) throw new P(28);
          var f = Mb(d, a);
          if (f) throw new P(f);
          if (!d.Ha.cb) throw new P(63);
          return d.Ha.cb(d, a, b, c);
        }, V = (a, b) => ha(a, (void 0 !== b ? b : 511) & 1023 | 16384, 0), Sb = (a, b, c) => {
          "undefined" == typeof c && (c = b, b = 438);
          ha(a, b | 8192, c);
        }, Tb = (a, b) => {
          if (!gb(a)) throw new P(44);
          var c = U(b, { parent: true }).node;
          if (!c) throw new P(44);
          b = eb(b);
          var d = Mb(c, b);
          if (d) throw new P(d);
          if (!c.Ha.symlink) throw new P(63);
          c.Ha.symlink(c, b, a);
        }, Ub = (a) => {
          var b = U(a, { parent: true }).node;
          a = eb(a);
          var c = zb(b, a), d = Nb(b, a, true);
          if (d) throw new P(d);
          if (!b.Ha.rmdir) throw new P(63);
          if (c.Xa) throw new P(10);
          b.Ha.rmdir(b, a);
          Hb(c);
        }, qa = (a) => {
          var b = U(a, { parent: true }).node;
          if (!b) throw new P(44);
          a = eb(a);
          var c = zb(b, a), d = Nb(b, a, false);
          if (d) throw new P(d);
          if (!b.Ha.unlink) throw new P(63);
          if (c.Xa) throw new P(10);
          b.Ha.unlink(b, a);
          Hb(c);
        }, Fb = (a) => {
          a = U(a).node;
          if (!a) throw new P(44);
          if (!a.Ha.readlink) throw new P(28);
          return gb(ea(a.parent), a.Ha.readlink(a));
        }, Vb = (a, b) => {
          a = U(a, { Ta: !b }).node;
          if (!a) throw new P(44);
          if (!a.Ha.Qa) throw new P(63);
          return a.Ha.Qa(a);
        }, Wb = (a) => Vb(a, true), ia = (a, b) => {
          a = "string" == typeof a ? U(a, { Ta: true }).node : a;
          if (!a.Ha.Pa) throw new P(63);
          a.Ha.Pa(a, { mode: b & 4095 | a.mode & -4096, timestamp: Date.now() });
        }, Xb = (a, b) => {
          if (0 > b) throw new P(28);
          a = "string" == typeof a ? U(a, { Ta: true }).node : a;
          if (!a.Ha.Pa) throw new P(63);
          if (16384 === (a.mode & 61440)) throw new P(31);
          if (32768 !== (a.mode & 61440)) throw new P(28);
          var c = Ib(a, "w");
          if (c) throw new P(c);
          a.Ha.Pa(a, { size: b, timestamp: Date.now() });
        }, ja = (a, b, c) => {
          if ("" === a) throw new P(44);
          if ("string" == typeof b) {
            var d = Kb[b];
            if ("undefined" == typeof d) throw Error("Unknown file open mode: " + b);
            b = d;
          }
          c = b & 64 ? ("undefined" == typeof c ? 438 : c) & 4095 | 32768 : 0;
          if ("object" == typeof a) var f = a;
          else {
            a = t(a);
            try {
              f = U(a, { Ta: !(b & 131072) }).node;
            } catch (h) {
            }
          }
          d = false;
          if (b & 64) if (f) {
            if (b & 128) throw new P(20);
          } else f = ha(a, c, 0), d = true;
          if (!f) throw new P(44);
          8192 === (f.mode & 61440) && (b &= -513);
          if (b & 65536 && 16384 !== (f.mode & 61440)) throw new P(54);
          if (!d && (c = f ? 40960 === (f.mode & 61440) ? 32 : 16384 === (f.mode & 61440) && ("r" !== Lb(b) || b & 512) ? 31 : Ib(f, Lb(b)) : 44)) throw new P(c);
          b & 512 && !d && Xb(f, 0);
          b &= -131713;
          f = Qb({ node: f, path: ea(f), flags: b, seekable: true, position: 0, Ia: f.Ia, Jb: [], error: false });
          f.Ia.open && f.Ia.open(f);
          !e.logReadFiles || b & 1 || (Yb || (Yb = {}), a in Yb || (Yb[a] = 1));
          return f;
        }, la = (a) => {
          if (null === a.fd) throw new P(8);
          a.jb && (a.jb = null);
          try {
            a.Ia.close && a.Ia.close(a);
          } catch (b) {
            throw b;
          } finally {
            S[a.fd] = null;
          }
          a.fd = null;
        }, Zb = (a, b, c) => {
          if (null === a.fd) throw new P(8);
          if (!a.seekable || !a.Ia.Ua) throw new P(70);
          if (0 != c && 1 != c && 2 != c) throw new P(28);
          a.position = a.Ia.Ua(a, b, c);
          a.Jb = [];
        }, $b = (a, b, c, d, f) => {
          if (0 > d || 0 > f) throw new P(28);
          if (null === a.fd) throw new P(8);
          if (1 === (a.flags & 2097155)) throw new P(8);
          if (16384 === (a.node.mode & 61440)) throw new P(31);
          if (!a.Ia.read) throw new P(28);
          var h = "undefined" != typeof f;
          if (!h) f = a.position;
          else if (!a.seekable) throw new P(70);
          b = a.Ia.read(a, b, c, d, f);
          h || (a.position += b);
          return b;
        }, ka = (a, b, c, d, f) => {
          if (0 > d || 0 > f) throw new P(28);
          if (null === a.fd) throw new P(8);
          if (0 === (a.flags & 2097155)) throw new P(8);
          if (16384 === (a.node.mode & 61440)) throw new P(31);
          if (!a.Ia.write) throw new P(28);
          a.seekable && a.flags & 1024 && Zb(a, 0, 2);
          var h = "undefined" != typeof f;
          if (!h) f = a.position;
          else if (!a.seekable) throw new P(70);
          b = a.Ia.write(a, b, c, d, f, void 0);
          h || (a.position += b);
          return b;
        }, pa = (a) => {
          var b = "binary";
          if ("utf8" !== b && "binary" !== b) throw Error('Invalid encoding type "' + b + '"');
          var c;
          var d = ja(a, d || 0);
          a = Vb(a).size;
          var f = new Uint8Array(a);
          $b(d, f, 0, a, 0);
          "utf8" === b ? c = Ia(f, 0) : "binary" === b && (c = f);
          la(d);
          return c;
        }, ac = () => {
          P || (P = function(a, b) {
            this.node = b;
            this.Ib = function(c) {
              this.La = c;
            };
            this.Ib(a);
            this.message = "FS error";
          }, P.prototype = Error(), P.prototype.constructor = P, [44].forEach((a) => {
            yb[a] = new P(a);
            yb[a].stack = "<generic error, no stack>";
          }));
        }, bc, fa = (a, b) => {
          var c = 0;
          a && (c |= 365);
          b && (c |= 146);
          return c;
        }, dc = (a, b, c) => {
          a = t("/dev/" + a);
          var d = fa(!!b, !!c);
          cc || (cc = 64);
          var f = cc++ << 8 | 0;
          kb(f, { open: (h) => {
            h.seekable = false;
          }, close: () => {
            c && c.buffer && c.buffer.length && c(10);
          }, read: (h, k, q, w) => {
            for (var x = 0, z = 0; z < w; z++) {
              try {
                var Q = b();
              } catch (mb) {
                throw new P(29);
              }
              if (void 0 === Q && 0 === x) throw new P(6);
              if (null === Q || void 0 === Q) break;
              x++;
              k[q + z] = Q;
            }
            x && (h.node.timestamp = Date.now());
            return x;
          }, write: (h, k, q, w) => {
            for (var x = 0; x < w; x++) try {
              c(k[q + x]);
            } catch (z) {
              throw new P(29);
            }
            w && (h.node.timestamp = Date.now());
            return x;
          } });
          Sb(a, d, f);
        }, cc, W = {}, Pb, Yb;
        function ec(a, b, c) {
          if ("/" === b.charAt(0)) return b;
          a = -100 === a ? "/" : X(a).path;
          if (0 == b.length) {
            if (!c) throw new P(44);
            return a;
          }
          return t(a + "/" + b);
        }
        function fc(a, b, c) {
          try {
            var d = a(b);
          } catch (h) {
            if (h && h.node && t(b) !== t(ea(h.node))) return -54;
            throw h;
          }
          F[c >> 2] = d.dev;
          F[c + 8 >> 2] = d.ino;
          F[c + 12 >> 2] = d.mode;
          I[c + 16 >> 2] = d.nlink;
          F[c + 20 >> 2] = d.uid;
          F[c + 24 >> 2] = d.gid;
          F[c + 28 >> 2] = d.rdev;
          O = [d.size >>> 0, (N = d.size, 1 <= +Math.abs(N) ? 0 < N ? (Math.min(+Math.floor(N / 4294967296), 4294967295) | 0) >>> 0 : ~~+Math.ceil((N - +(~~N >>> 0)) / 4294967296) >>> 0 : 0)];
          F[c + 40 >> 2] = O[0];
          F[c + 44 >> 2] = O[1];
          F[c + 48 >> 2] = 4096;
          F[c + 52 >> 2] = d.blocks;
          a = d.atime.getTime();
          b = d.mtime.getTime();
          var f = d.ctime.getTime();
          O = [Math.floor(a / 1e3) >>> 0, (N = Math.floor(a / 1e3), 1 <= +Math.abs(N) ? 0 < N ? (Math.min(+Math.floor(N / 4294967296), 4294967295) | 0) >>> 0 : ~~+Math.ceil((N - +(~~N >>> 0)) / 4294967296) >>> 0 : 0)];
          F[c + 56 >> 2] = O[0];
          F[c + 60 >> 2] = O[1];
          I[c + 64 >> 2] = a % 1e3 * 1e3;
          O = [Math.floor(b / 1e3) >>> 0, (N = Math.floor(b / 1e3), 1 <= +Math.abs(N) ? 0 < N ? (Math.min(+Math.floor(N / 4294967296), 4294967295) | 0) >>> 0 : ~~+Math.ceil((N - +(~~N >>> 0)) / 4294967296) >>> 0 : 0)];
          F[c + 72 >> 2] = O[0];
          F[c + 76 >> 2] = O[1];
          I[c + 80 >> 2] = b % 1e3 * 1e3;
          O = [Math.floor(f / 1e3) >>> 0, (N = Math.floor(f / 1e3), 1 <= +Math.abs(N) ? 0 < N ? (Math.min(+Math.floor(N / 4294967296), 4294967295) | 0) >>> 0 : ~~+Math.ceil((N - +(~~N >>> 0)) / 4294967296) >>> 0 : 0)];
          F[c + 88 >> 2] = O[0];
          F[c + 92 >> 2] = O[1];
          I[c + 96 >> 2] = f % 1e3 * 1e3;
          O = [d.ino >>> 0, (N = d.ino, 1 <= +Math.abs(N) ? 0 < N ? (Math.min(+Math.floor(N / 4294967296), 4294967295) | 0) >>> 0 : ~~+Math.ceil((N - +(~~N >>> 0)) / 4294967296) >>> 0 : 0)];
          F[c + 104 >> 2] = O[0];
          F[c + 108 >> 2] = O[1];
          return 0;
        }
        var Gc = void 0;
        function Ic() {
          Gc += 4;
          return F[Gc - 4 >> 2];
        }
        function X(a) {
          a = S[a];
          if (!a) throw new P(8);
          return a;
        }
        function Jc(a) {
          return I[a >> 2] + 4294967296 * F[a + 4 >> 2];
        }
        var Kc = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335], Lc = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
        function Mc(a) {
          var b = Ka(a) + 1, c = aa(b);
          c && Ja(a, r, c, b);
          return c;
        }
        var Nc;
        Nc = wa ? () => {
          var a = process.hrtime();
          return 1e3 * a[0] + a[1] / 1e6;
        } : () => performance.now();
        var Oc = {};
        function Pc() {
          if (!Qc) {
            var a = { USER: "web_user", LOGNAME: "web_user", PATH: "/", PWD: "/", HOME: "/home/web_user", LANG: ("object" == typeof navigator && navigator.languages && navigator.languages[0] || "C").replace("-", "_") + ".UTF-8", _: ta || "./this.program" }, b;
            for (b in Oc) void 0 === Oc[b] ? delete a[b] : a[b] = Oc[b];
            var c = [];
            for (b in a) c.push(b + "=" + a[b]);
            Qc = c;
          }
          return Qc;
        }
        var Qc;
        function ba(a, b) {
          r.set(a, b);
        }
        function Rc(a, b, c, d) {
          var f = { string: (x) => {
            var z = 0;
            if (null !== x && void 0 !== x && 0 !== x) {
              var Q = (x.length << 2) + 1;
              z = u(Q);
              Ja(x, E, z, Q);
            }
            return z;
          }, array: (x) => {
            var z = u(x.length);
            ba(x, z);
            return z;
          } };
          a = e["_" + a];
          var h = [], k = 0;
          if (d) for (var q = 0; q < d.length; q++) {
            var w = f[c[q]];
            w ? (0 === k && (k = ma()), h[q] = w(d[q])) : h[q] = d[q];
          }
          c = a.apply(null, h);
          return c = (function(x) {
            0 !== k && oa(k);
            return "string" === b ? A(x) : "boolean" === b ? !!x : x;
          })(c);
        }
        function da(a) {
          var b = Ka(a) + 1, c = aa(b);
          Ja(a, E, c, b);
          return c;
        }
        var Y = void 0, Sc = [];
        function B(a) {
          Y.delete(L.get(a));
          Sc.push(a);
        }
        function ra(a, b) {
          if (!Y) {
            Y = /* @__PURE__ */ new WeakMap();
            var c = L.length;
            if (Y) for (var d = 0; d < 0 + c; d++) {
              var f = L.get(d);
              f && Y.set(f, d);
            }
          }
          if (Y.has(a)) return Y.get(a);
          if (Sc.length) c = Sc.pop();
          else {
            try {
              L.grow(1);
            } catch (q) {
              if (!(q instanceof RangeError)) throw q;
              throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
            }
            c = L.length - 1;
          }
          try {
            L.set(c, a);
          } catch (q) {
            if (!(q instanceof TypeError)) throw q;
            if ("function" == typeof WebAssembly.Function) {
              d = WebAssembly.Function;
              f = { i: "i32", j: "i32", f: "f32", d: "f64", p: "i32" };
              for (var h = { parameters: [], results: "v" == b[0] ? [] : [f[b[0]]] }, k = 1; k < b.length; ++k) h.parameters.push(f[b[k]]), "j" === b[k] && h.parameters.push("i32");
              b = new d(h, a);
            } else {
              d = [1];
              f = b.slice(0, 1);
              b = b.slice(1);
              h = { i: 127, p: 127, j: 126, f: 125, d: 124 };
              d.push(96);
              k = b.length;
              128 > k ? d.push(k) : d.push(k % 128 | 128, k >> 7);
              for (k = 0; k < b.length; ++k) d.push(h[b[k]]);
              "v" == f ? d.push(0) : d.push(1, h[f]);
              b = [0, 97, 115, 109, 1, 0, 0, 0, 1];
              f = d.length;
              128 > f ? b.push(f) : b.push(f % 128 | 128, f >> 7);
              b.push.apply(b, d);
              b.push(2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0);
              b = new WebAssembly.Module(new Uint8Array(b));
              b = new WebAssembly.Instance(b, { e: { f: a } }).exports.f;
            }
            L.set(c, b);
          }
          Y.set(a, c);
          return c;
        }
        function Jb(a, b, c, d) {
          a || (a = this);
          this.parent = a;
          this.Sa = a.Sa;
          this.Xa = null;
          this.id = Db++;
          this.name = b;
          this.mode = c;
          this.Ha = {};
          this.Ia = {};
          this.rdev = d;
        }
        Object.defineProperties(Jb.prototype, { read: { get: function() {
          return 365 === (this.mode & 365);
        }, set: function(a) {
          a ? this.mode |= 365 : this.mode &= -366;
        } }, write: { get: function() {
          return 146 === (this.mode & 146);
        }, set: function(a) {
          a ? this.mode |= 146 : this.mode &= -147;
        } } });
        ac();
        T = Array(4096);
        Rb(R, "/");
        V("/tmp");
        V("/home");
        V("/home/web_user");
        (() => {
          V("/dev");
          kb(259, { read: () => 0, write: (b, c, d, f) => f });
          Sb("/dev/null", 259);
          jb(1280, ub);
          jb(1536, vb);
          Sb("/dev/tty", 1280);
          Sb("/dev/tty1", 1536);
          var a = fb();
          dc("random", a);
          dc("urandom", a);
          V("/dev/shm");
          V("/dev/shm/tmp");
        })();
        (() => {
          V("/proc");
          var a = V("/proc/self");
          V("/proc/self/fd");
          Rb({ Sa: () => {
            var b = xb(a, "fd", 16895, 73);
            b.Ha = { lookup: (c, d) => {
              var f = S[+d];
              if (!f) throw new P(8);
              c = { parent: null, Sa: { wb: "fake" }, Ha: { readlink: () => f.path } };
              return c.parent = c;
            } };
            return b;
          } }, "/proc/self/fd");
        })();
        var Uc = {
          a: function(a, b, c, d) {
            D("Assertion failed: " + A(a) + ", at: " + [b ? A(b) : "unknown filename", c, d ? A(d) : "unknown function"]);
          },
          g: function(a, b) {
            try {
              return a = A(a), ia(a, b), 0;
            } catch (c) {
              if ("undefined" == typeof W || !(c instanceof P)) throw c;
              return -c.La;
            }
          },
          H: function(a, b, c) {
            try {
              b = A(b);
              b = ec(a, b);
              if (c & -8) return -28;
              var d = U(b, { Ta: true }).node;
              if (!d) return -44;
              a = "";
              c & 4 && (a += "r");
              c & 2 && (a += "w");
              c & 1 && (a += "x");
              return a && Ib(d, a) ? -2 : 0;
            } catch (f) {
              if ("undefined" == typeof W || !(f instanceof P)) throw f;
              return -f.La;
            }
          },
          h: function(a, b) {
            try {
              var c = S[a];
              if (!c) throw new P(8);
              ia(c.node, b);
              return 0;
            } catch (d) {
              if ("undefined" == typeof W || !(d instanceof P)) throw d;
              return -d.La;
            }
          },
          f: function(a) {
            try {
              var b = S[a];
              if (!b) throw new P(8);
              var c = b.node;
              var d = "string" == typeof c ? U(c, { Ta: true }).node : c;
              if (!d.Ha.Pa) throw new P(63);
              d.Ha.Pa(d, { timestamp: Date.now() });
              return 0;
            } catch (f) {
              if ("undefined" == typeof W || !(f instanceof P)) throw f;
              return -f.La;
            }
          },
          b: function(a, b, c) {
            Gc = c;
            try {
              var d = X(a);
              switch (b) {
                case 0:
                  var f = Ic();
                  return 0 > f ? -28 : Qb(d, f).fd;
                case 1:
                case 2:
                  return 0;
                case 3:
                  return d.flags;
                case 4:
                  return f = Ic(), d.flags |= f, 0;
                case 5:
                  return f = Ic(), Ma[f + 0 >> 1] = 2, 0;
                case 6:
                case 7:
                  return 0;
                case 16:
                case 8:
                  return -28;
                case 9:
                  return F[Tc() >> 2] = 28, -1;
                default:
                  return -28;
              }
            } catch (h) {
              if ("undefined" == typeof W || !(h instanceof P)) throw h;
              return -h.La;
            }
          },
          G: function(a, b) {
            try {
              var c = X(a);
              return fc(Vb, c.path, b);
            } catch (d) {
              if ("undefined" == typeof W || !(d instanceof P)) throw d;
              return -d.La;
            }
          },
          k: function(a, b, c) {
            try {
              b = c + 2097152 >>> 0 < 4194305 - !!b ? (b >>> 0) + 4294967296 * c : NaN;
              if (isNaN(b)) return -61;
              var d = S[a];
              if (!d) throw new P(8);
              if (0 === (d.flags & 2097155)) throw new P(28);
              Xb(d.node, b);
              return 0;
            } catch (f) {
              if ("undefined" == typeof W || !(f instanceof P)) throw f;
              return -f.La;
            }
          },
          B: function(a, b) {
            try {
              if (0 === b) return -28;
              var c = Ka("/") + 1;
              if (b < c) return -68;
              Ja("/", E, a, b);
              return c;
            } catch (d) {
              if ("undefined" == typeof W || !(d instanceof P)) throw d;
              return -d.La;
            }
          },
          E: function(a, b) {
            try {
              return a = A(a), fc(Wb, a, b);
            } catch (c) {
              if ("undefined" == typeof W || !(c instanceof P)) throw c;
              return -c.La;
            }
          },
          y: function(a, b, c) {
            try {
              return b = A(b), b = ec(a, b), b = t(b), "/" === b[b.length - 1] && (b = b.substr(0, b.length - 1)), V(b, c), 0;
            } catch (d) {
              if ("undefined" == typeof W || !(d instanceof P)) throw d;
              return -d.La;
            }
          },
          D: function(a, b, c, d) {
            try {
              b = A(b);
              var f = d & 256;
              b = ec(a, b, d & 4096);
              return fc(f ? Wb : Vb, b, c);
            } catch (h) {
              if ("undefined" == typeof W || !(h instanceof P)) throw h;
              return -h.La;
            }
          },
          v: function(a, b, c, d) {
            Gc = d;
            try {
              b = A(b);
              b = ec(a, b);
              var f = d ? Ic() : 0;
              return ja(b, c, f).fd;
            } catch (h) {
              if ("undefined" == typeof W || !(h instanceof P)) throw h;
              return -h.La;
            }
          },
          t: function(a, b, c, d) {
            try {
              b = A(b);
              b = ec(a, b);
              if (0 >= d) return -28;
              var f = Fb(b), h = Math.min(
                d,
                Ka(f)
              ), k = r[c + h];
              Ja(f, E, c, d + 1);
              r[c + h] = k;
              return h;
            } catch (q) {
              if ("undefined" == typeof W || !(q instanceof P)) throw q;
              return -q.La;
            }
          },
          s: function(a) {
            try {
              return a = A(a), Ub(a), 0;
            } catch (b) {
              if ("undefined" == typeof W || !(b instanceof P)) throw b;
              return -b.La;
            }
          },
          F: function(a, b) {
            try {
              return a = A(a), fc(Vb, a, b);
            } catch (c) {
              if ("undefined" == typeof W || !(c instanceof P)) throw c;
              return -c.La;
            }
          },
          p: function(a, b, c) {
            try {
              return b = A(b), b = ec(a, b), 0 === c ? qa(b) : 512 === c ? Ub(b) : D("Invalid flags passed to unlinkat"), 0;
            } catch (d) {
              if ("undefined" == typeof W || !(d instanceof P)) throw d;
              return -d.La;
            }
          },
          o: function(a, b, c) {
            try {
              b = A(b);
              b = ec(a, b, true);
              if (c) {
                var d = Jc(c), f = F[c + 8 >> 2];
                h = 1e3 * d + f / 1e6;
                c += 16;
                d = Jc(c);
                f = F[c + 8 >> 2];
                k = 1e3 * d + f / 1e6;
              } else var h = Date.now(), k = h;
              a = h;
              var q = U(b, { Ta: true }).node;
              q.Ha.Pa(q, { timestamp: Math.max(a, k) });
              return 0;
            } catch (w) {
              if ("undefined" == typeof W || !(w instanceof P)) throw w;
              return -w.La;
            }
          },
          i: function(a, b) {
            a = new Date(1e3 * Jc(a));
            F[b >> 2] = a.getSeconds();
            F[b + 4 >> 2] = a.getMinutes();
            F[b + 8 >> 2] = a.getHours();
            F[b + 12 >> 2] = a.getDate();
            F[b + 16 >> 2] = a.getMonth();
            F[b + 20 >> 2] = a.getFullYear() - 1900;
            F[b + 24 >> 2] = a.getDay();
            var c = a.getFullYear();
            F[b + 28 >> 2] = (0 !== c % 4 || 0 === c % 100 && 0 !== c % 400 ? Lc : Kc)[a.getMonth()] + a.getDate() - 1 | 0;
            F[b + 36 >> 2] = -(60 * a.getTimezoneOffset());
            c = new Date(a.getFullYear(), 6, 1).getTimezoneOffset();
            var d = new Date(a.getFullYear(), 0, 1).getTimezoneOffset();
            F[b + 32 >> 2] = (c != d && a.getTimezoneOffset() == Math.min(d, c)) | 0;
          },
          w: function(a, b, c, d, f, h, k) {
            try {
              var q = X(d);
              if (0 !== (b & 2) && 0 === (c & 2) && 2 !== (q.flags & 2097155)) throw new P(2);
              if (1 === (q.flags & 2097155)) throw new P(2);
              if (!q.Ia.eb) throw new P(43);
              var w = q.Ia.eb(q, a, f, b, c);
              var x = w.Gb;
              F[h >> 2] = w.xb;
              I[k >> 2] = x;
              return 0;
            } catch (z) {
              if ("undefined" == typeof W || !(z instanceof P)) throw z;
              return -z.La;
            }
          },
          x: function(a, b, c, d, f, h) {
            try {
              var k = X(f);
              if (c & 2) {
                if (32768 !== (k.node.mode & 61440)) throw new P(43);
                if (!(d & 2)) {
                  var q = E.slice(a, a + b);
                  k.Ia.fb && k.Ia.fb(k, q, h, b, d);
                }
              }
            } catch (w) {
              if ("undefined" == typeof W || !(w instanceof P)) throw w;
              return -w.La;
            }
          },
          n: function(a, b, c) {
            function d(w) {
              return (w = w.toTimeString().match(/\(([A-Za-z ]+)\)$/)) ? w[1] : "GMT";
            }
            var f = (/* @__PURE__ */ new Date()).getFullYear(), h = new Date(f, 0, 1), k = new Date(f, 6, 1);
            f = h.getTimezoneOffset();
            var q = k.getTimezoneOffset();
            I[a >> 2] = 60 * Math.max(f, q);
            F[b >> 2] = Number(f != q);
            a = d(h);
            b = d(k);
            a = Mc(a);
            b = Mc(b);
            q < f ? (I[c >> 2] = a, I[c + 4 >> 2] = b) : (I[c >> 2] = b, I[c + 4 >> 2] = a);
          },
          d: function() {
            return Date.now();
          },
          q: function() {
            return 2147483648;
          },
          c: Nc,
          l: function(a) {
            var b = E.length;
            a >>>= 0;
            if (2147483648 < a) return false;
            for (var c = 1; 4 >= c; c *= 2) {
              var d = b * (1 + 0.2 / c);
              d = Math.min(d, a + 100663296);
              var f = Math;
              d = Math.max(a, d);
              f = f.min.call(f, 2147483648, d + (65536 - d % 65536) % 65536);
              a: {
                try {
                  Fa.grow(f - La.byteLength + 65535 >>> 16);
                  Qa();
                  var h = 1;
                  break a;
                } catch (k) {
                }
                h = void 0;
              }
              if (h) return true;
            }
            return false;
          },
          z: function(a, b) {
            var c = 0;
            Pc().forEach(function(d, f) {
              var h = b + c;
              f = I[a + 4 * f >> 2] = h;
              for (h = 0; h < d.length; ++h) r[f++ >> 0] = d.charCodeAt(h);
              r[f >> 0] = 0;
              c += d.length + 1;
            });
            return 0;
          },
          A: function(a, b) {
            var c = Pc();
            I[a >> 2] = c.length;
            var d = 0;
            c.forEach(function(f) {
              d += f.length + 1;
            });
            I[b >> 2] = d;
            return 0;
          },
          e: function(a) {
            try {
              var b = X(a);
              la(b);
              return 0;
            } catch (c) {
              if ("undefined" == typeof W || !(c instanceof P)) throw c;
              return c.La;
            }
          },
          m: function(a, b) {
            try {
              var c = X(a);
              r[b >> 0] = c.tty ? 2 : 16384 === (c.mode & 61440) ? 3 : 40960 === (c.mode & 61440) ? 7 : 4;
              return 0;
            } catch (d) {
              if ("undefined" == typeof W || !(d instanceof P)) throw d;
              return d.La;
            }
          },
          u: function(a, b, c, d) {
            try {
              a: {
                var f = X(a);
                a = b;
                for (var h = b = 0; h < c; h++) {
                  var k = I[a >> 2], q = I[a + 4 >> 2];
                  a += 8;
                  var w = $b(f, r, k, q);
                  if (0 > w) {
                    var x = -1;
                    break a;
                  }
                  b += w;
                  if (w < q) break;
                }
                x = b;
              }
              I[d >> 2] = x;
              return 0;
            } catch (z) {
              if ("undefined" == typeof W || !(z instanceof P)) throw z;
              return z.La;
            }
          },
          j: function(a, b, c, d, f) {
            try {
              b = c + 2097152 >>> 0 < 4194305 - !!b ? (b >>> 0) + 4294967296 * c : NaN;
              if (isNaN(b)) return 61;
              var h = X(a);
              Zb(h, b, d);
              O = [h.position >>> 0, (N = h.position, 1 <= +Math.abs(N) ? 0 < N ? (Math.min(+Math.floor(N / 4294967296), 4294967295) | 0) >>> 0 : ~~+Math.ceil((N - +(~~N >>> 0)) / 4294967296) >>> 0 : 0)];
              F[f >> 2] = O[0];
              F[f + 4 >> 2] = O[1];
              h.jb && 0 === b && 0 === d && (h.jb = null);
              return 0;
            } catch (k) {
              if ("undefined" == typeof W || !(k instanceof P)) throw k;
              return k.La;
            }
          },
          C: function(a) {
            try {
              var b = X(a);
              return b.Ia && b.Ia.fsync ? b.Ia.fsync(b) : 0;
            } catch (c) {
              if ("undefined" == typeof W || !(c instanceof P)) throw c;
              return c.La;
            }
          },
          r: function(a, b, c, d) {
            try {
              a: {
                var f = X(a);
                a = b;
                for (var h = b = 0; h < c; h++) {
                  var k = I[a >> 2], q = I[a + 4 >> 2];
                  a += 8;
                  var w = ka(f, r, k, q);
                  if (0 > w) {
                    var x = -1;
                    break a;
                  }
                  b += w;
                }
                x = b;
              }
              I[d >> 2] = x;
              return 0;
            } catch (z) {
              if ("undefined" == typeof W || !(z instanceof P)) throw z;
              return z.La;
            }
          }
        };
        (function() {
          function a(f) {
            e.asm = f.exports;
            Fa = e.asm.I;
            Qa();
            L = e.asm.Ba;
            Sa.unshift(e.asm.J);
            Va--;
            e.monitorRunDependencies && e.monitorRunDependencies(Va);
            0 == Va && (null !== Wa && (clearInterval(Wa), Wa = null), Xa && (f = Xa, Xa = null, f()));
          }
          function b(f) {
            a(f.instance);
          }
          function c(f) {
            return ab().then(function(h) {
              return WebAssembly.instantiate(h, d);
            }).then(function(h) {
              return h;
            }).then(f, function(h) {
              Da("failed to asynchronously prepare wasm: " + h);
              D(h);
            });
          }
          var d = { a: Uc };
          Va++;
          e.monitorRunDependencies && e.monitorRunDependencies(Va);
          if (e.instantiateWasm) try {
            return e.instantiateWasm(d, a);
          } catch (f) {
            return Da("Module.instantiateWasm callback failed with error: " + f), false;
          }
          (function() {
            return Ea || "function" != typeof WebAssembly.instantiateStreaming || Ya() || M.startsWith("file://") || wa || "function" != typeof fetch ? c(b) : fetch(M, { credentials: "same-origin" }).then(function(f) {
              return WebAssembly.instantiateStreaming(f, d).then(b, function(h) {
                Da("wasm streaming compile failed: " + h);
                Da("falling back to ArrayBuffer instantiation");
                return c(b);
              });
            });
          })();
          return {};
        })();
        e.___wasm_call_ctors = function() {
          return (e.___wasm_call_ctors = e.asm.J).apply(null, arguments);
        };
        e._sqlite3_free = function() {
          return (e._sqlite3_free = e.asm.K).apply(null, arguments);
        };
        e._sqlite3_value_text = function() {
          return (e._sqlite3_value_text = e.asm.L).apply(null, arguments);
        };
        var Tc = e.___errno_location = function() {
          return (Tc = e.___errno_location = e.asm.M).apply(null, arguments);
        };
        e._sqlite3_prepare_v2 = function() {
          return (e._sqlite3_prepare_v2 = e.asm.N).apply(null, arguments);
        };
        e._sqlite3_step = function() {
          return (e._sqlite3_step = e.asm.O).apply(null, arguments);
        };
        e._sqlite3_reset = function() {
          return (e._sqlite3_reset = e.asm.P).apply(null, arguments);
        };
        e._sqlite3_exec = function() {
          return (e._sqlite3_exec = e.asm.Q).apply(null, arguments);
        };
        e._sqlite3_finalize = function() {
          return (e._sqlite3_finalize = e.asm.R).apply(null, arguments);
        };
        e._sqlite3_column_name = function() {
          return (e._sqlite3_column_name = e.asm.S).apply(null, arguments);
        };
        e._sqlite3_column_text = function() {
          return (e._sqlite3_column_text = e.asm.T).apply(null, arguments);
        };
        e._sqlite3_column_type = function() {
          return (e._sqlite3_column_type = e.asm.U).apply(null, arguments);
        };
        e._sqlite3_errmsg = function() {
          return (e._sqlite3_errmsg = e.asm.V).apply(null, arguments);
        };
        e._sqlite3_clear_bindings = function() {
          return (e._sqlite3_clear_bindings = e.asm.W).apply(null, arguments);
        };
        e._sqlite3_value_blob = function() {
          return (e._sqlite3_value_blob = e.asm.X).apply(null, arguments);
        };
        e._sqlite3_value_bytes = function() {
          return (e._sqlite3_value_bytes = e.asm.Y).apply(null, arguments);
        };
        e._sqlite3_value_double = function() {
          return (e._sqlite3_value_double = e.asm.Z).apply(null, arguments);
        };
        e._sqlite3_value_int = function() {
          return (e._sqlite3_value_int = e.asm._).apply(null, arguments);
        };
        e._sqlite3_value_type = function() {
          return (e._sqlite3_value_type = e.asm.$).apply(null, arguments);
        };
        e._sqlite3_result_blob = function() {
          return (e._sqlite3_result_blob = e.asm.aa).apply(null, arguments);
        };
        e._sqlite3_result_double = function() {
          return (e._sqlite3_result_double = e.asm.ba).apply(null, arguments);
        };
        e._sqlite3_result_error = function() {
          return (e._sqlite3_result_error = e.asm.ca).apply(null, arguments);
        };
        e._sqlite3_result_int = function() {
          return (e._sqlite3_result_int = e.asm.da).apply(null, arguments);
        };
        e._sqlite3_result_int64 = function() {
          return (e._sqlite3_result_int64 = e.asm.ea).apply(null, arguments);
        };
        e._sqlite3_result_null = function() {
          return (e._sqlite3_result_null = e.asm.fa).apply(null, arguments);
        };
        e._sqlite3_result_text = function() {
          return (e._sqlite3_result_text = e.asm.ga).apply(null, arguments);
        };
        e._sqlite3_aggregate_context = function() {
          return (e._sqlite3_aggregate_context = e.asm.ha).apply(null, arguments);
        };
        e._sqlite3_column_count = function() {
          return (e._sqlite3_column_count = e.asm.ia).apply(null, arguments);
        };
        e._sqlite3_data_count = function() {
          return (e._sqlite3_data_count = e.asm.ja).apply(null, arguments);
        };
        e._sqlite3_column_blob = function() {
          return (e._sqlite3_column_blob = e.asm.ka).apply(null, arguments);
        };
        e._sqlite3_column_bytes = function() {
          return (e._sqlite3_column_bytes = e.asm.la).apply(null, arguments);
        };
        e._sqlite3_column_double = function() {
          return (e._sqlite3_column_double = e.asm.ma).apply(null, arguments);
        };
        e._sqlite3_bind_blob = function() {
          return (e._sqlite3_bind_blob = e.asm.na).apply(null, arguments);
        };
        e._sqlite3_bind_double = function() {
          return (e._sqlite3_bind_double = e.asm.oa).apply(null, arguments);
        };
        e._sqlite3_bind_int = function() {
          return (e._sqlite3_bind_int = e.asm.pa).apply(null, arguments);
        };
        e._sqlite3_bind_text = function() {
          return (e._sqlite3_bind_text = e.asm.qa).apply(null, arguments);
        };
        e._sqlite3_bind_parameter_index = function() {
          return (e._sqlite3_bind_parameter_index = e.asm.ra).apply(null, arguments);
        };
        e._sqlite3_sql = function() {
          return (e._sqlite3_sql = e.asm.sa).apply(null, arguments);
        };
        e._sqlite3_normalized_sql = function() {
          return (e._sqlite3_normalized_sql = e.asm.ta).apply(null, arguments);
        };
        e._sqlite3_changes = function() {
          return (e._sqlite3_changes = e.asm.ua).apply(null, arguments);
        };
        e._sqlite3_close_v2 = function() {
          return (e._sqlite3_close_v2 = e.asm.va).apply(null, arguments);
        };
        e._sqlite3_create_function_v2 = function() {
          return (e._sqlite3_create_function_v2 = e.asm.wa).apply(null, arguments);
        };
        e._sqlite3_update_hook = function() {
          return (e._sqlite3_update_hook = e.asm.xa).apply(null, arguments);
        };
        e._sqlite3_open = function() {
          return (e._sqlite3_open = e.asm.ya).apply(null, arguments);
        };
        var aa = e._malloc = function() {
          return (aa = e._malloc = e.asm.za).apply(null, arguments);
        }, ca = e._free = function() {
          return (ca = e._free = e.asm.Aa).apply(null, arguments);
        };
        e._RegisterExtensionFunctions = function() {
          return (e._RegisterExtensionFunctions = e.asm.Ca).apply(null, arguments);
        };
        var Ab = e._emscripten_builtin_memalign = function() {
          return (Ab = e._emscripten_builtin_memalign = e.asm.Da).apply(null, arguments);
        }, ma = e.stackSave = function() {
          return (ma = e.stackSave = e.asm.Ea).apply(null, arguments);
        }, oa = e.stackRestore = function() {
          return (oa = e.stackRestore = e.asm.Fa).apply(null, arguments);
        }, u = e.stackAlloc = function() {
          return (u = e.stackAlloc = e.asm.Ga).apply(null, arguments);
        };
        e.UTF8ToString = A;
        e.stackAlloc = u;
        e.stackSave = ma;
        e.stackRestore = oa;
        e.stringToNewUTF8 = da;
        e.cwrap = function(a, b, c, d) {
          c = c || [];
          var f = c.every((h) => "number" === h || "boolean" === h);
          return "string" !== b && f && !d ? e["_" + a] : function() {
            return Rc(a, b, c, arguments);
          };
        };
        e.addFunction = ra;
        e.removeFunction = B;
        e.writeArrayToMemory = ba;
        var Vc;
        Xa = function Wc() {
          Vc || Xc();
          Vc || (Xa = Wc);
        };
        function Xc() {
          function a() {
            if (!Vc && (Vc = true, e.calledRun = true, !Ga)) {
              e.noFSInit || bc || (bc = true, ac(), e.stdin = e.stdin, e.stdout = e.stdout, e.stderr = e.stderr, e.stdin ? dc("stdin", e.stdin) : Tb("/dev/tty", "/dev/stdin"), e.stdout ? dc("stdout", null, e.stdout) : Tb("/dev/tty", "/dev/stdout"), e.stderr ? dc("stderr", null, e.stderr) : Tb("/dev/tty1", "/dev/stderr"), ja("/dev/stdin", 0), ja("/dev/stdout", 1), ja("/dev/stderr", 1));
              Eb = false;
              bb(Sa);
              if (e.onRuntimeInitialized) e.onRuntimeInitialized();
              if (e.postRun) for ("function" == typeof e.postRun && (e.postRun = [e.postRun]); e.postRun.length; ) {
                var b = e.postRun.shift();
                Ta.unshift(b);
              }
              bb(Ta);
            }
          }
          if (!(0 < Va)) {
            if (e.preRun) for ("function" == typeof e.preRun && (e.preRun = [e.preRun]); e.preRun.length; ) Ua();
            bb(Ra);
            0 < Va || (e.setStatus ? (e.setStatus("Running..."), setTimeout(function() {
              setTimeout(function() {
                e.setStatus("");
              }, 1);
              a();
            }, 1)) : a());
          }
        }
        if (e.preInit) for ("function" == typeof e.preInit && (e.preInit = [e.preInit]); 0 < e.preInit.length; ) e.preInit.pop()();
        Xc();
        return Module;
      });
      return initSqlJsPromise;
    };
    if (typeof exports === "object" && typeof module === "object") {
      module.exports = initSqlJs2;
      module.exports.default = initSqlJs2;
    } else if (typeof define === "function" && define["amd"]) {
      define([], function() {
        return initSqlJs2;
      });
    } else if (typeof exports === "object") {
      exports["Module"] = initSqlJs2;
    }
  }
});

// src/core/sql/tokenize.ts
var OPERATORS = ["->>", "||", "->", "<<", ">>", "<=", ">=", "==", "!=", "<>"];
function isIdStart(c) {
  return /[A-Za-z_]/.test(c) || c.charCodeAt(0) >= 128;
}
function isIdPart(c) {
  return /[A-Za-z0-9_$]/.test(c) || c.charCodeAt(0) >= 128;
}
function scanQuoted(sql, from, close, doubled) {
  let i = from + 1;
  while (i < sql.length) {
    if (sql[i] === close) {
      if (doubled && sql[i + 1] === close) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length;
}
function scanNumber(sql, i) {
  if (sql[i] === "0" && /[xX]/.test(sql[i + 1] ?? "") && /[0-9A-Fa-f]/.test(sql[i + 2] ?? "")) {
    i += 2;
    while (/[0-9A-Fa-f_]/.test(sql[i] ?? "")) i++;
    return i;
  }
  while (/[0-9_]/.test(sql[i] ?? "")) i++;
  if (sql[i] === ".") {
    i++;
    while (/[0-9_]/.test(sql[i] ?? "")) i++;
  }
  if (/[eE]/.test(sql[i] ?? "")) {
    const sign = /[+-]/.test(sql[i + 1] ?? "") ? 1 : 0;
    if (/[0-9]/.test(sql[i + 1 + sign] ?? "")) {
      i += 1 + sign;
      while (/[0-9_]/.test(sql[i] ?? "")) i++;
    }
  }
  return i;
}
function unquote(text) {
  const open = text[0];
  const body = text.slice(1, text.length > 1 ? -1 : void 0);
  if (open === "[") return body;
  const q = open;
  return body.split(q + q).join(q);
}
function tokenize(sql) {
  const tokens = [];
  let i = 0;
  const push = (kind, start, end, value) => {
    const text = sql.slice(start, end);
    tokens.push({ kind, text, value: value ?? text, start, end });
  };
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1] ?? "";
    if (/\s/.test(c)) {
      i++;
    } else if (c === "-" && next === "-") {
      const nl = sql.indexOf("\n", i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (c === "/" && next === "*") {
      const close = sql.indexOf("*/", i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (c === "'") {
      const end = scanQuoted(sql, i, "'", true);
      push("string", i, end);
      i = end;
    } else if (c === '"' || c === "`" || c === "[") {
      const end = scanQuoted(sql, i, c === "[" ? "]" : c, c !== "[");
      push("quoted", i, end, unquote(sql.slice(i, end)));
      i = end;
    } else if ((c === "x" || c === "X") && next === "'") {
      const end = scanQuoted(sql, i + 1, "'", false);
      push("blob", i, end);
      i = end;
    } else if (/[0-9]/.test(c) || c === "." && /[0-9]/.test(next)) {
      const end = scanNumber(sql, i);
      push("number", i, end);
      i = end;
    } else if (isIdStart(c)) {
      let end = i + 1;
      while (end < sql.length && isIdPart(sql[end])) end++;
      push("word", i, end);
      i = end;
    } else if (c === "?" || c === ":" || c === "@" || c === "$") {
      let end = i + 1;
      while (end < sql.length && isIdPart(sql[end])) end++;
      push("variable", i, end);
      i = end;
    } else {
      const op = OPERATORS.find((o) => sql.startsWith(o, i)) ?? c;
      push("op", i, i + op.length);
      i += op.length;
    }
  }
  return tokens;
}
var ASCII_UPPER = /[A-Z]/;
var ASCII_UPPER_RUNS = /[A-Z]+/g;
var lower = (m) => m.toLowerCase();
function foldCase(s) {
  return ASCII_UPPER.test(s) ? s.replace(ASCII_UPPER_RUNS, lower) : s;
}

// src/core/schema/layered-map.ts
var LayeredMap = class _LayeredMap {
  constructor(base, layer, size) {
    this.base = base;
    this.layer = layer;
    this.size = size;
  }
  base;
  layer;
  size;
  static of(entries2 = []) {
    const base = new Map(entries2);
    return new _LayeredMap(base, /* @__PURE__ */ new Map(), base.size);
  }
  get(key) {
    return this.layer.has(key) ? this.layer.get(key) : this.base.get(key);
  }
  has(key) {
    return this.get(key) !== void 0;
  }
  /** A new map with `changes` applied (`undefined` removes the key); this one is left as it is. */
  with(changes) {
    if (changes.size === 0) return this;
    const layer = new Map(this.layer);
    let size = this.size;
    for (const [key, value] of changes) {
      const had = this.has(key);
      if (value === void 0) {
        if (!had) continue;
        size--;
      } else if (!had) size++;
      layer.set(key, value);
    }
    if (layer.size > 64 && layer.size * 8 > this.base.size) {
      const base = /* @__PURE__ */ new Map();
      for (const [key, value] of this.entriesOf(layer)) base.set(key, value);
      return new _LayeredMap(base, /* @__PURE__ */ new Map(), base.size);
    }
    return new _LayeredMap(this.base, layer, size);
  }
  /** Keys whose values may differ between `a` and `b`, when they share a base; otherwise undefined. */
  static changedKeys(a, b) {
    if (!(a instanceof _LayeredMap && b instanceof _LayeredMap) || a.base !== b.base) return void 0;
    const keys = /* @__PURE__ */ new Set();
    for (const key of a.layer.keys()) if (a.layer.get(key) !== b.get(key)) keys.add(key);
    for (const key of b.layer.keys()) if (b.layer.get(key) !== a.get(key)) keys.add(key);
    return keys;
  }
  *entriesOf(layer) {
    for (const [key, value] of this.base) if (!layer.has(key)) yield [key, value];
    for (const [key, value] of layer) if (value !== void 0) yield [key, value];
  }
  entries() {
    return this.entriesOf(this.layer);
  }
  *keys() {
    for (const [key] of this.entries()) yield key;
  }
  *values() {
    for (const [, value] of this.entries()) yield value;
  }
  /** Without a generator: replays walk every object of a snapshot often enough for that to show. */
  forEach(callback) {
    const layer = this.layer;
    for (const [key, value] of this.base) if (!layer.has(key)) callback(value, key, this);
    for (const [key, value] of layer) if (value !== void 0) callback(value, key, this);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};

// src/core/schema/signature.ts
var columns = /* @__PURE__ */ new WeakMap();
var foreignKeys = /* @__PURE__ */ new WeakMap();
function columnSignature(c) {
  let sig = columns.get(c);
  if (sig === void 0) {
    const { name, pk: _pk, ...rest } = c;
    sig = JSON.stringify({ name: foldCase(name), ...rest });
    columns.set(c, sig);
  }
  return sig;
}
function foreignKeySignature(fk) {
  let sig = foreignKeys.get(fk);
  if (sig === void 0) {
    sig = JSON.stringify({ ...fk, table: foldCase(fk.table) });
    foreignKeys.set(fk, sig);
  }
  return sig;
}
var memo = /* @__PURE__ */ new WeakMap();
function objectSignature(obj) {
  let sig = memo.get(obj);
  if (sig === void 0) {
    const folded = obj.kind === "table" ? {
      ...obj,
      name: foldCase(obj.name),
      columns: obj.columns.map(columnSignature),
      foreignKeys: obj.foreignKeys.map(foreignKeySignature)
    } : { ...obj, name: foldCase(obj.name) };
    sig = JSON.stringify(folded);
    memo.set(obj, sig);
  }
  return sig;
}
function sameObject(a, b) {
  return a === b || objectSignature(a) === objectSignature(b);
}

// src/core/schema/diff.ts
function listChange(before, after, key = (x) => JSON.stringify(x)) {
  const b = new Set(before.map(key));
  const a = new Set(after.map(key));
  return { added: after.filter((x) => !b.has(key(x))), removed: before.filter((x) => !a.has(key(x))) };
}
function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function diffTable(before, after) {
  const beforeCols = new Map(before.columns.map((c) => [foldCase(c.name), c]));
  const afterCols = new Map(after.columns.map((c) => [foldCase(c.name), c]));
  const changed = [];
  for (const [key, b] of beforeCols) {
    const a = afterCols.get(key);
    if (a && columnSignature(a) !== columnSignature(b)) changed.push({ name: a.name, before: b, after: a });
  }
  const shared = (cols, other) => cols.map((c) => foldCase(c.name)).filter((k) => other.has(k));
  const reordered = !sameJson(shared(before.columns, afterCols), shared(after.columns, beforeCols));
  const options = [];
  const option = (name, b, a) => {
    if (b !== a) options.push({ option: name, before: b, after: a });
  };
  option("without rowid", before.withoutRowid, after.withoutRowid);
  option("strict", before.strict, after.strict);
  option("autoincrement", before.autoincrement, after.autoincrement);
  const change = {
    kind: "table",
    name: after.name,
    columnOrderOnly: false,
    columns: {
      added: after.columns.filter((c) => !beforeCols.has(foldCase(c.name))),
      removed: before.columns.filter((c) => !afterCols.has(foldCase(c.name))),
      changed
    },
    columnOrder: reordered ? { before: before.columns.map((c) => c.name), after: after.columns.map((c) => c.name) } : null,
    primaryKey: sameJson(before.primaryKey, after.primaryKey) ? null : { before: before.primaryKey, after: after.primaryKey },
    uniques: listChange(before.uniques, after.uniques),
    checks: listChange(before.checks, after.checks),
    foreignKeys: listChange(before.foreignKeys, after.foreignKeys, foreignKeySignature),
    conflicts: listChange(before.conflicts, after.conflicts),
    options
  };
  change.columnOrderOnly = reordered && tableChangeCount(change) === 1;
  return change;
}
function tableChangeCount(c) {
  const lists = [c.uniques, c.checks, c.foreignKeys, c.conflicts];
  return c.columns.added.length + c.columns.removed.length + c.columns.changed.length + (c.columnOrder ? 1 : 0) + (c.primaryKey ? 1 : 0) + lists.reduce((n, l) => n + l.added.length + l.removed.length, 0) + c.options.length;
}
function diffObject(before, after) {
  if (before.kind === "table" && after.kind === "table") return diffTable(before, after);
  return { kind: after.kind, name: after.name, before, after };
}
var KIND_ORDER = ["table", "virtual", "view", "index", "trigger"];
function byKindAndName(a, b) {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || foldCase(a.name).localeCompare(foldCase(b.name));
}
function diffSchemas(from, to) {
  const diff = { added: [], removed: [], changed: [] };
  if (from.objects === to.objects) return diff;
  const candidates = LayeredMap.changedKeys(from.objects, to.objects);
  const before = candidates ? [...candidates].map((k) => [k, from.objects.get(k)]) : from.objects;
  for (const [key, b] of before) {
    if (!b) continue;
    const a = to.objects.get(key);
    if (!a) diff.removed.push(b);
    else if (!sameObject(b, a)) {
      const change = diffObject(b, a);
      if (change.kind !== "table" || tableChangeCount(change) > 0) diff.changed.push(change);
    }
  }
  const after = candidates ? [...candidates].map((k) => [k, to.objects.get(k)]) : to.objects;
  for (const [key, a] of after) if (a && !from.objects.has(key)) diff.added.push(a);
  diff.added.sort(byKindAndName);
  diff.removed.sort(byKindAndName);
  diff.changed.sort(byKindAndName);
  return diff;
}
function isEmptyDiff(diff) {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
function isColumnOrderOnly(diff) {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length > 0 && diff.changed.every((c) => c.kind === "table" && c.columnOrderOnly);
}
function tableOf(obj) {
  return obj.kind === "index" || obj.kind === "trigger" ? obj.table : foldCase(obj.name);
}
function changedTables(diff) {
  const names = /* @__PURE__ */ new Set();
  for (const obj of [...diff.added, ...diff.removed]) names.add(tableOf(obj));
  for (const c of diff.changed) names.add(c.kind === "table" ? foldCase(c.name) : tableOf(c.after));
  return [...names].sort();
}

// src/core/schema/model.ts
function objectKey(obj) {
  return `${obj.kind}:${foldCase(obj.name)}`;
}
function serializeSchema(schema) {
  const keys = [...schema.objects.keys()].sort();
  return { objects: keys.map((k) => schema.objects.get(k)) };
}
var SchemaValue = class {
  constructor(objects) {
    this.objects = objects;
  }
  objects;
  toJSON() {
    return serializeSchema(this);
  }
};
function makeSchema(objects) {
  const map = /* @__PURE__ */ new Map();
  for (const obj of objects) map.set(objectKey(obj), obj);
  return new SchemaValue(map);
}
function schemaOf(objects) {
  return new SchemaValue(objects);
}

// src/core/render/markdown-text.ts
var CODE_MAX = 300;
var CELL_MAX = 200;
var PROSE_MAX = 600;
var HAZARD = /[&<>`*_[\]~|$\\@]|:(?=\/\/)|#(?=\d)|\bGH-(?=\d)|\bwww\./gi;
var NAMED = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var WORD = /[\p{L}\p{N}]/u;
function defuse(match, offset, text) {
  if (match === "_" && WORD.test(text[offset - 1] ?? "") && WORD.test(text[offset + 1] ?? "")) return "_";
  if (match === "@") return "&#64;<wbr>";
  if (match === "#") return "&#35;<wbr>";
  if (match.length === 3) return `${match.slice(0, 2)}&#45;<wbr>`;
  if (match.length === 4) return `${match.slice(0, 3)}<wbr>&#46;`;
  if (match === ":") return "&#58;<wbr>";
  return NAMED[match] ?? `&#${match.charCodeAt(0)};`;
}
function neutral(text, max) {
  return escapeControl(bound(text, max)).replace(HAZARD, defuse);
}
function inlineCode(text, max = CODE_MAX) {
  return `<code>${neutral(text, max)}</code>`;
}
function codeTicks(text, max = CELL_MAX) {
  return codeSpan(escapeControl(bound(text, max)));
}
function escapeMarkdown(text, max = CELL_MAX) {
  return neutral(text, max);
}
function escapeProse(text, total = Number.POSITIVE_INFINITY) {
  let out = "";
  for (const part of splitCodeSpans(text)) {
    const piece = part.code ? inlineCode(part.text) : neutral(part.text, PROSE_MAX);
    if (out.length + piece.length > total) return `${out} \u2026`;
    out += piece;
  }
  return out;
}

// src/core/schema/describe.ts
function describeColumn(c, opts = {}) {
  const parts = [c.type === "" ? "untyped" : c.type];
  if (opts.pk && c.pk > 0) parts.push("PRIMARY KEY");
  if (c.notNull) parts.push("NOT NULL");
  if (c.default !== null) parts.push(`DEFAULT ${c.default}`);
  if (c.collation !== null) parts.push(`COLLATE ${c.collation}`);
  if (c.generated)
    parts.push(`GENERATED ALWAYS AS (${c.generated.expr}) ${c.generated.stored ? "STORED" : "VIRTUAL"}`);
  if (c.hidden) parts.push("HIDDEN");
  return parts.join(" ");
}
function describeTerms(terms) {
  const term = (t) => `${t.column ?? t.expr}${t.collation !== "binary" ? ` COLLATE ${t.collation}` : ""}${t.desc ? " DESC" : ""}`;
  return `(${terms.map(term).join(", ")})`;
}
function describeForeignKey(fk) {
  let s = `FOREIGN KEY (${fk.columns.join(", ")}) REFERENCES ${fk.table}`;
  if (fk.references.length > 0) s += ` (${fk.references.join(", ")})`;
  if (fk.onDelete !== "no action") s += ` ON DELETE ${fk.onDelete.toUpperCase()}`;
  if (fk.onUpdate !== "no action") s += ` ON UPDATE ${fk.onUpdate.toUpperCase()}`;
  if (fk.match !== "none") s += ` MATCH ${fk.match.toUpperCase()}`;
  if (fk.deferred) s += " DEFERRABLE INITIALLY DEFERRED";
  return s;
}
function describeCheck(c) {
  return `${c.name ? `CONSTRAINT ${c.name} ` : ""}CHECK (${c.expr})`;
}
function describeUnique(terms) {
  return `UNIQUE ${describeTerms(terms)}`;
}
function describePrimaryKey(terms) {
  return terms.length === 0 ? "no primary key" : `PRIMARY KEY ${describeTerms(terms)}`;
}
function describeObject(obj) {
  switch (obj.kind) {
    case "table":
      return describeTable(obj);
    case "index":
      return `${obj.unique ? "UNIQUE " : ""}ON ${obj.table} ${describeTerms(obj.terms)}${obj.where ? ` WHERE ${obj.where}` : ""}`;
    case "view":
      return `${obj.columns ? `(${obj.columns.join(", ")}) ` : ""}AS ${obj.select}`;
    case "trigger":
      return obj.body;
    case "virtual":
      return `USING ${obj.module}(${obj.args.join(", ")})`;
  }
}
function tableOptions(t) {
  const opts = [t.withoutRowid ? "WITHOUT ROWID" : "", t.strict ? "STRICT" : ""].filter(Boolean);
  return opts.join(", ");
}
function tableLines(t) {
  const singlePk = t.primaryKey.length === 1 && !t.primaryKey[0]?.desc;
  const lines2 = t.columns.map((c) => `${c.name} ${describeColumn(c, { pk: singlePk })}`);
  if (t.autoincrement) lines2.push("AUTOINCREMENT");
  if (!singlePk && t.primaryKey.length > 0) lines2.push(describePrimaryKey(t.primaryKey));
  lines2.push(...t.uniques.map(describeUnique), ...t.checks.map(describeCheck));
  lines2.push(...t.foreignKeys.map(describeForeignKey), ...t.conflicts.map((c) => `ON CONFLICT ${c}`));
  const opts = tableOptions(t);
  if (opts) lines2.push(opts);
  return lines2;
}
function describeTable(t) {
  return `(${tableLines(t).join(", ")})`;
}
var KIND_WORDS = {
  table: "table",
  index: "index",
  view: "view",
  trigger: "trigger",
  virtual: "virtual table"
};

// src/core/schema/render.ts
var entry = (sign, text, children = []) => ({
  sign,
  text,
  children
});
function objectEntry(sign, obj) {
  const head = (st) => `${KIND_WORDS[obj.kind]} ${st.name(obj.name)}`;
  if (obj.kind === "table") {
    return entry(
      sign,
      head,
      tableLines(obj).map((line) => entry(sign, (st) => st.sql(line)))
    );
  }
  return entry(sign, (st) => `${head(st)} ${st.sql(describeObject(obj))}`);
}
function tableEntries(c) {
  const out = [];
  const col = (sign, name, def) => out.push(entry(sign, (st) => `column ${st.name(name)} ${st.sql(def)}`));
  for (const x of c.columns.added) col("+", x.name, describeColumn(x));
  for (const x of c.columns.removed) col("-", x.name, describeColumn(x));
  for (const x of c.columns.changed) {
    out.push(
      entry(
        "~",
        (st) => `column ${st.name(x.name)}: ${st.sql(describeColumn(x.before))} \u2192 ${st.sql(describeColumn(x.after))}`
      )
    );
  }
  const order = c.columnOrder;
  if (order) {
    out.push(
      entry(
        "~",
        (st) => `column order: ${st.sql(order.before.join(", "))} \u2192 ${st.sql(order.after.join(", "))}`
      )
    );
  }
  const pk = c.primaryKey;
  if (pk) {
    out.push(
      entry(
        "~",
        (st) => `${st.sql(describePrimaryKey(pk.before))} \u2192 ${st.sql(describePrimaryKey(pk.after))}`
      )
    );
  }
  for (const o of c.options) out.push(entry(o.after ? "+" : "-", (st) => st.sql(o.option.toUpperCase())));
  const list = (l, describe) => {
    for (const x of l.added) out.push(entry("+", (st) => st.sql(describe(x))));
    for (const x of l.removed) out.push(entry("-", (st) => st.sql(describe(x))));
  };
  list(c.uniques, describeUnique);
  list(c.checks, describeCheck);
  list(c.foreignKeys, describeForeignKey);
  list(c.conflicts, (s) => `ON CONFLICT ${s}`);
  return out;
}
function entries(diff) {
  const out = [
    ...diff.added.map((o) => objectEntry("+", o)),
    ...diff.removed.map((o) => objectEntry("-", o))
  ];
  for (const c of diff.changed) {
    const head = (st) => `${KIND_WORDS[c.kind]} ${st.name(c.name)}`;
    if (c.kind === "table") out.push(entry("~", head, tableEntries(c)));
    else {
      out.push(
        entry("~", head, [
          entry("-", (st) => st.sql(describeObject(c.before))),
          entry("+", (st) => st.sql(describeObject(c.after)))
        ])
      );
    }
  }
  return out;
}
var plain = { name: escapeControl, sql: escapeControl };
function renderDiffText(diff) {
  const list = entries(diff);
  if (list.length === 0) return "no schema changes\n";
  const lines2 = [];
  const walk = (e, depth) => {
    lines2.push(`${"  ".repeat(depth)}${e.sign} ${e.text(plain)}`);
    for (const child of e.children) walk(child, depth + 1);
  };
  for (const e of list) walk(e, 0);
  return `${lines2.join("\n")}
`;
}
var codeSpan2 = (s) => inlineCode(s);
var code = codeSpan2;
var markdown = { name: code, sql: code };
var SIGN_WORDS = { "+": "**+**", "-": "**\u2212**", "~": "**~**" };
function renderDiffMarkdown(diff) {
  const list = entries(diff);
  if (list.length === 0) return "_No schema changes._\n";
  const lines2 = [];
  const walk = (e, depth) => {
    lines2.push(`${"  ".repeat(depth)}- ${SIGN_WORDS[e.sign]} ${e.text(markdown)}`);
    for (const child of e.children) walk(child, depth + 1);
  };
  for (const e of list) walk(e, 0);
  return `${lines2.join("\n")}
`;
}

// src/core/schema/summarize.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : word.endsWith("x") ? "es" : "s"}`;
function addedTable(t, added) {
  const key = foldCase(t.name);
  const indexes = added.filter((o) => o.kind === "index" && o.table === key).length;
  const targets = [...new Map(t.foreignKeys.map((fk) => [foldCase(fk.table), fk.table])).values()];
  const parts = [plural(t.columns.length, "column")];
  if (indexes > 0) parts.push(plural(indexes, "index"));
  if (targets.length > 0)
    parts.push(`FK${targets.length > 1 ? "s" : ""} to ${targets.map((x) => codeSpan(x)).join(", ")}`);
  return `table ${codeSpan(t.name)} added (${parts.join(", ")})`;
}
function tableParts(c) {
  const out = [];
  for (const col of c.columns.added) out.push(`column ${codeSpan(`${c.name}.${col.name}`)} added`);
  for (const col of c.columns.removed) out.push(`column ${codeSpan(`${c.name}.${col.name}`)} removed`);
  for (const col of c.columns.changed) out.push(`column ${codeSpan(`${c.name}.${col.name}`)} changed`);
  if (c.columnOrder) out.push(`columns of ${codeSpan(c.name)} reordered`);
  const constraints = (c.primaryKey ? 1 : 0) + c.options.length + [c.uniques, c.checks, c.foreignKeys, c.conflicts].reduce(
    (n, l) => n + l.added.length + l.removed.length,
    0
  );
  if (constraints > 0) out.push(`constraints of ${codeSpan(c.name)} changed`);
  return out;
}
function summarizeDiff(diff) {
  const addedTables = new Set(diff.added.filter((o) => o.kind === "table").map((o) => foldCase(o.name)));
  const removedTables = new Set(diff.removed.filter((o) => o.kind === "table").map((o) => foldCase(o.name)));
  const parts = [];
  for (const obj of diff.added) {
    if (obj.kind === "table") parts.push(addedTable(obj, diff.added));
    else if (obj.kind === "index" && addedTables.has(obj.table)) continue;
    else parts.push(`${KIND_WORDS[obj.kind]} ${codeSpan(obj.name)} added`);
  }
  for (const obj of diff.removed) {
    if ((obj.kind === "index" || obj.kind === "trigger") && removedTables.has(obj.table)) continue;
    parts.push(`${KIND_WORDS[obj.kind]} ${codeSpan(obj.name)} removed`);
  }
  for (const c of diff.changed) {
    if (c.kind === "table") parts.push(...tableParts(c));
    else parts.push(`${KIND_WORDS[c.kind]} ${codeSpan(c.name)} changed`);
  }
  return parts.length === 0 ? "no schema changes" : parts.join("; ");
}

// src/core/sql/canonical.ts
function isWord(tok, kw) {
  return tok?.kind === "word" && foldCase(tok.text) === kw;
}
function isWords(tokens, at, ...kws) {
  return kws.every((kw, k) => isWord(tokens[at + k], kw));
}
function isOp(tok, op) {
  return tok?.kind === "op" && tok.text === op;
}
function closingParen(tokens, open) {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isOp(tokens[i], "(")) depth++;
    else if (isOp(tokens[i], ")") && --depth === 0) return i;
  }
  return tokens.length;
}
function splitTopLevel(tokens) {
  const parts = [[]];
  let depth = 0;
  for (const tok of tokens) {
    if (isOp(tok, "(")) depth++;
    else if (isOp(tok, ")")) depth--;
    if (depth === 0 && isOp(tok, ",")) parts.push([]);
    else parts[parts.length - 1]?.push(tok);
  }
  return parts.filter((p) => p.length > 0);
}
function nameOf(tok) {
  if (!tok) return "";
  if (tok.kind === "string") return foldCase(tok.text.slice(1, -1).split("''").join("'"));
  return foldCase(tok.value);
}
function displayName(tok) {
  if (!tok) return "";
  if (tok.kind === "string") return tok.text.slice(1, -1).split("''").join("'");
  return tok.value;
}
var SIMPLE_NAME = /^[a-z_][a-z0-9_$]*$/;
function quoteName(name) {
  return SIMPLE_NAME.test(name) ? name : `"${name.split('"').join('""')}"`;
}
var OP_SYNONYMS = { "==": "=", "!=": "<>" };
function canonicalToken(tok) {
  switch (tok.kind) {
    case "word":
      return foldCase(tok.text);
    case "quoted":
      return quoteName(foldCase(tok.value));
    case "blob":
      return `x${tok.text.slice(1).toLowerCase()}`;
    case "number":
      return tok.text.toLowerCase().split("_").join("");
    case "op":
      return OP_SYNONYMS[tok.text] ?? tok.text;
    default:
      return tok.text;
  }
}
var NO_SPACE_BEFORE = /* @__PURE__ */ new Set([",", ")", ".", ";"]);
var NO_SPACE_AFTER = /* @__PURE__ */ new Set(["(", "."]);
function canonical(tokens) {
  let out = "";
  let prev;
  for (const tok of tokens) {
    const text = canonicalToken(tok);
    const tight = !prev || tok.kind === "op" && NO_SPACE_BEFORE.has(tok.text) || prev.kind === "op" && NO_SPACE_AFTER.has(prev.text) || isOp(tok, "(") && (prev.kind === "word" || prev.kind === "quoted");
    out += tight ? text : ` ${text}`;
    prev = tok;
  }
  return out;
}
function stripOuterParens(tokens) {
  let run = tokens;
  while (run.length >= 2 && isOp(run[0], "(") && closingParen(run, 0) === run.length - 1)
    run = run.slice(1, -1);
  return run;
}
function objectNameAt(tokens, at) {
  let i = at;
  if (isWords(tokens, i, "if", "not", "exists")) i += 3;
  if (isOp(tokens[i + 1], ".")) i += 2;
  return i;
}

// src/core/schema/parse-objects.ts
function parseIndexTerm(part) {
  let run = part;
  let desc = false;
  let collation = null;
  const last = run[run.length - 1];
  if (isWord(last, "asc") || isWord(last, "desc")) {
    desc = isWord(last, "desc");
    run = run.slice(0, -1);
  }
  if (run.length >= 3 && isWord(run[run.length - 2], "collate")) {
    collation = nameOf(run[run.length - 1]);
    run = run.slice(0, -2);
  }
  run = stripOuterParens(run);
  const only = run.length === 1 ? run[0] : void 0;
  if (only && (only.kind === "word" || only.kind === "quoted" || only.kind === "string")) {
    return { column: nameOf(only), expr: null, desc, collation };
  }
  return { column: null, expr: canonical(run), desc, collation };
}
function parseCreateIndex(sql) {
  const tokens = tokenize(sql);
  const unique = tokens.slice(0, 3).some((t) => isWord(t, "unique"));
  const open = tokens.findIndex((t) => isOp(t, "("));
  if (open < 0) return { unique, terms: [], where: null };
  const close = closingParen(tokens, open);
  const terms = splitTopLevel(tokens.slice(open + 1, close)).map(parseIndexTerm);
  const rest = tokens.slice(close + 1);
  const where = isWord(rest[0], "where") ? canonical(stripOuterParens(rest.slice(1))) : null;
  return { unique, terms, where };
}
function afterName(tokens, keyword) {
  const at = tokens.findIndex((t) => isWord(t, keyword));
  return objectNameAt(tokens, at + 1) + 1;
}
function parseCreateView(name, sql) {
  const tokens = tokenize(sql);
  let i = afterName(tokens, "view");
  let columns2 = null;
  if (isOp(tokens[i], "(")) {
    const close = closingParen(tokens, i);
    columns2 = splitTopLevel(tokens.slice(i + 1, close)).map((p) => nameOf(p[0]));
    i = close + 1;
  }
  if (isWord(tokens[i], "as")) i++;
  return { kind: "view", name, columns: columns2, select: canonical(trimSemicolon(tokens.slice(i))) };
}
function trimSemicolon(tokens) {
  return isOp(tokens[tokens.length - 1], ";") ? tokens.slice(0, -1) : tokens;
}
function parseCreateTrigger(name, table, sql) {
  const tokens = tokenize(sql);
  const body = canonical(trimSemicolon(tokens.slice(afterName(tokens, "trigger"))));
  return { kind: "trigger", name, table: foldCase(table), body };
}
function parseCreateVirtual(name, sql) {
  const tokens = tokenize(sql);
  const using = tokens.findIndex((t) => isWord(t, "using"));
  const module = using < 0 ? "" : nameOf(tokens[using + 1]);
  let args = [];
  if (using >= 0 && isOp(tokens[using + 2], "(")) {
    const close = closingParen(tokens, using + 2);
    const parts = splitTopLevel(tokens.slice(using + 3, close));
    args = FULL_TEXT.has(module) ? fullTextArgs(parts) : parts.map(canonical);
  }
  return { kind: "virtual", name, module, args };
}
var FULL_TEXT = /* @__PURE__ */ new Set(["fts3", "fts4", "fts5"]);
function fullTextArgs(parts) {
  const columns2 = [];
  const options = [];
  for (const part of parts) {
    if (isOp(part[1], "=")) {
      const value = part.slice(2);
      const only = value.length === 1 ? value[0] : void 0;
      const single = only?.kind === "string" ? only.text.slice(1, -1).replaceAll("''", "'") : only?.kind === "quoted" ? only.value : void 0;
      options.push(`${nameOf(part[0])}=${single ?? canonical(value)}`);
    } else {
      columns2.push([nameOf(part[0]), canonical(part.slice(1))].filter(Boolean).join(" "));
    }
  }
  return [...columns2, ...options.sort()];
}

// src/core/schema/parse-table.ts
var COLUMN_CONSTRAINT_START = /* @__PURE__ */ new Set([
  "constraint",
  "primary",
  "not",
  "null",
  "unique",
  "check",
  "default",
  "collate",
  "references",
  "generated",
  "as"
]);
var TABLE_CONSTRAINT_START = /* @__PURE__ */ new Set(["constraint", "primary", "unique", "check", "foreign"]);
function conflictAt(tokens, i) {
  if (isWords(tokens, i, "on", "conflict")) return [nameOf(tokens[i + 2]), i + 3];
  return [null, i];
}
function addConflict(facts, what, action) {
  if (action && action !== "abort") facts.conflicts.push(`${what}: ${action}`);
}
function nameList(tokens, open) {
  const close = closingParen(tokens, open);
  const names = splitTopLevel(tokens.slice(open + 1, close)).map((part) => nameOf(part[0]));
  return [names, close + 1];
}
function foreignKeyAt(tokens, at, columns2, out) {
  const fk = {
    columns: columns2,
    table: displayName(tokens[at + 1]),
    references: [],
    onDelete: "no action",
    onUpdate: "no action",
    match: "none",
    deferred: false
  };
  let i = at + 2;
  if (isOp(tokens[i], "(")) [fk.references, i] = nameList(tokens, i);
  for (; ; ) {
    if (isWord(tokens[i], "on") && tokens[i + 1]?.kind === "word") {
      const two = isWord(tokens[i + 2], "set") || isWord(tokens[i + 2], "no");
      const action = two ? `${nameOf(tokens[i + 2])} ${nameOf(tokens[i + 3])}` : nameOf(tokens[i + 2]);
      if (isWord(tokens[i + 1], "delete")) fk.onDelete = action;
      else if (isWord(tokens[i + 1], "update")) fk.onUpdate = action;
      i += two ? 4 : 3;
    } else if (isWord(tokens[i], "match")) {
      i += 2;
    } else if (isWord(tokens[i], "not") && isWord(tokens[i + 1], "deferrable")) {
      i += 2;
      if (isWord(tokens[i], "initially")) i += 2;
    } else if (isWord(tokens[i], "deferrable")) {
      fk.deferred = isWords(tokens, i + 1, "initially", "deferred");
      i += isWord(tokens[i + 1], "initially") ? 3 : 1;
    } else {
      break;
    }
  }
  out.push(fk);
  return i;
}
function parseColumn(part, facts) {
  const name = nameOf(part[0]);
  facts.columnNames.push(displayName(part[0]));
  let i = 1;
  while (i < part.length && !(part[i]?.kind === "word" && COLUMN_CONSTRAINT_START.has(nameOf(part[i])))) {
    i = isOp(part[i], "(") ? closingParen(part, i) + 1 : i + 1;
  }
  let constraintName = null;
  while (i < part.length) {
    const tok = part[i];
    if (isWord(tok, "constraint")) {
      constraintName = nameOf(part[i + 1]);
      i += 2;
      continue;
    }
    if (isWord(tok, "collate")) {
      facts.collations.set(name, nameOf(part[i + 1]));
      i += 2;
    } else if (isWord(tok, "check") && isOp(part[i + 1], "(")) {
      const close = closingParen(part, i + 1);
      facts.checks.push({
        name: constraintName,
        expr: canonical(stripOuterParens(part.slice(i + 2, close)))
      });
      i = close + 1;
    } else if (isWord(tok, "as") && isOp(part[i + 1], "(")) {
      const close = closingParen(part, i + 1);
      facts.generated.set(name, canonical(stripOuterParens(part.slice(i + 2, close))));
      i = close + 1;
    } else if (isWord(tok, "references")) {
      i = foreignKeyAt(part, i, [name], facts.foreignKeys);
    } else if (isWords(part, i, "primary", "key")) {
      i += 2;
      if (isWord(part[i], "asc") || isWord(part[i], "desc")) i++;
      let action;
      [action, i] = conflictAt(part, i);
      addConflict(facts, "primary key", action);
      if (isWord(part[i], "autoincrement")) {
        facts.autoincrement = true;
        i++;
      }
    } else if (isWords(part, i, "not", "null") || isWord(tok, "unique")) {
      const what = isWord(tok, "unique") ? `unique (${name})` : `not null ${name}`;
      let action;
      [action, i] = conflictAt(part, i + (isWord(tok, "unique") ? 1 : 2));
      addConflict(facts, what, action);
    } else if (isOp(tok, "(")) {
      i = closingParen(part, i) + 1;
    } else {
      i++;
    }
    constraintName = null;
  }
}
function parseTableConstraint(part, facts) {
  let i = 0;
  let constraintName = null;
  if (isWord(part[0], "constraint")) {
    constraintName = nameOf(part[1]);
    i = 2;
  }
  const tok = part[i];
  if (isWord(tok, "check") && isOp(part[i + 1], "(")) {
    const close = closingParen(part, i + 1);
    facts.checks.push({ name: constraintName, expr: canonical(stripOuterParens(part.slice(i + 2, close))) });
  } else if (isWords(part, i, "foreign", "key") && isOp(part[i + 2], "(")) {
    const [columns2, next] = nameList(part, i + 2);
    if (isWord(part[next], "references")) foreignKeyAt(part, next, columns2, facts.foreignKeys);
  } else if ((isWords(part, i, "primary", "key") || isWord(tok, "unique")) && part.some((t) => isOp(t, "("))) {
    const open = part.findIndex((t) => isOp(t, "("));
    const close = closingParen(part, open);
    const inner = part.slice(open + 1, close);
    if (inner.some((t) => isWord(t, "autoincrement"))) facts.autoincrement = true;
    const what = isWord(tok, "unique") ? `unique (${canonical(inner)})` : "primary key";
    addConflict(facts, what, conflictAt(part, close + 1)[0]);
  }
}
function parseCreateTable(sql) {
  const facts = {
    columnNames: [],
    collations: /* @__PURE__ */ new Map(),
    generated: /* @__PURE__ */ new Map(),
    checks: [],
    foreignKeys: [],
    autoincrement: false,
    conflicts: []
  };
  const tokens = tokenize(sql);
  const tableAt = tokens.findIndex((t) => isWord(t, "table"));
  const open = objectNameAt(tokens, tableAt + 1) + 1;
  if (!isOp(tokens[open], "(")) return facts;
  const close = closingParen(tokens, open);
  for (const part of splitTopLevel(tokens.slice(open + 1, close))) {
    const first = part[0];
    if (first?.kind === "word" && TABLE_CONSTRAINT_START.has(nameOf(first)))
      parseTableConstraint(part, facts);
    else parseColumn(part, facts);
  }
  return facts;
}

// src/core/schema/build.ts
function canonicalType(type) {
  return canonical(tokenize(type)).toUpperCase();
}
function canonicalDefault(text) {
  if (text === null) return null;
  const value = canonical(stripOuterParens(tokenize(text)));
  if (value === "true") return "1";
  if (value === "false") return "0";
  return value === "null" ? null : value;
}
function keyTerms(columns2) {
  return columns2.filter((c) => c.key === 1).sort((a, b) => a.seqno - b.seqno).map((c) => ({
    column: c.name === null ? null : foldCase(c.name),
    expr: null,
    desc: c.desc === 1,
    collation: foldCase(c.coll ?? "binary")
  }));
}
function termKey(terms) {
  return JSON.stringify(terms);
}
function buildTable(row2, info) {
  const facts = parseCreateTable(row2.sql);
  const columns2 = info.columns.slice().sort((a, b) => a.cid - b.cid).map((c) => {
    const key = foldCase(c.name);
    const expr = facts.generated.get(key);
    return {
      name: c.name,
      type: canonicalType(c.type),
      notNull: c.notnull === 1,
      default: canonicalDefault(c.dflt_value),
      pk: c.pk,
      collation: facts.collations.get(key) ?? null,
      generated: expr === void 0 || c.hidden < 2 ? null : { expr, stored: c.hidden === 3 },
      hidden: c.hidden === 1
    };
  });
  const pkIndex = info.indexes.find((i) => i.origin === "pk");
  const pkColumns = columns2.filter((c) => c.pk > 0);
  const alias = !info.withoutRowid && !pkIndex && pkColumns.length === 1 ? pkColumns[0] : void 0;
  if (alias) alias.notNull = false;
  const primaryKey = pkIndex ? keyTerms(pkIndex.columns) : columns2.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => ({
    column: foldCase(c.name),
    expr: null,
    desc: false,
    collation: c.collation ?? "binary"
  }));
  const uniques = info.indexes.filter((i) => i.origin === "u").map((i) => keyTerms(i.columns)).sort((a, b) => termKey(a).localeCompare(termKey(b)));
  return {
    kind: "table",
    name: row2.name,
    columns: columns2,
    withoutRowid: info.withoutRowid,
    strict: info.strict,
    autoincrement: facts.autoincrement,
    primaryKey,
    uniques,
    checks: facts.checks.slice().sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    foreignKeys: facts.foreignKeys.slice().sort((a, b) => foreignKeySignature(a).localeCompare(foreignKeySignature(b))),
    conflicts: facts.conflicts.slice().sort()
  };
}
function buildIndex(row2, columns2) {
  const parsed = parseCreateIndex(row2.sql);
  const keys = columns2.filter((c) => c.key === 1).sort((a, b) => a.seqno - b.seqno);
  const terms = parsed.terms.map((t, i) => {
    const info = keys[i];
    if (!info) return { ...t, collation: t.collation ?? "binary" };
    const isColumn = info.cid >= 0 && info.name !== null;
    return {
      column: isColumn ? foldCase(info.name) : null,
      expr: isColumn ? null : t.expr ?? t.column,
      desc: info.desc === 1,
      collation: foldCase(info.coll ?? "binary")
    };
  });
  return {
    kind: "index",
    name: row2.name,
    table: foldCase(row2.tbl_name),
    unique: parsed.unique,
    terms,
    where: parsed.where
  };
}
function buildFromSql(row2) {
  if (row2.type === "view") return parseCreateView(row2.name, row2.sql);
  if (row2.type === "trigger") return parseCreateTrigger(row2.name, row2.tbl_name, row2.sql);
  if (row2.type === "table" && /^\s*create\s+virtual\b/i.test(row2.sql))
    return parseCreateVirtual(row2.name, row2.sql);
  return null;
}

// src/core/schema/explain.ts
var OPTION_WORDS = { "without rowid": "WITHOUT ROWID", strict: "STRICT", autoincrement: "AUTOINCREMENT" };
function explainDiff(diff, ctx) {
  const clauses = diffClauses(diff);
  const { actual: A, expected: E } = ctx;
  if (clauses.length === 1) {
    const [c] = clauses;
    return c.was ? `${A}, ${c.now}; ${c.was} ${E}` : `${A}, ${c.now}`;
  }
  const list = clauses.map((c) => c.was ? `${c.now} (${c.was})` : c.now).join("; ");
  return `${A}, ${clauses.length} things differ from ${E}: ${list}`;
}
function diffClauses(diff) {
  const out = [];
  for (const obj of diff.added)
    out.push({ now: `${KIND_WORDS[obj.kind]} ${codeSpan(obj.name)} still exists`, was: "it did not exist" });
  for (const obj of diff.removed)
    out.push({ now: `${KIND_WORDS[obj.kind]} ${codeSpan(obj.name)} is missing`, was: "it existed" });
  for (const change of diff.changed) {
    if (change.kind === "table") out.push(...tableClauses(change));
    else
      out.push({
        now: `${KIND_WORDS[change.kind]} ${codeSpan(change.name)} is ${describeObject(change.after)}`,
        was: `it was ${describeObject(change.before)}`
      });
  }
  return out;
}
function tableClauses(c) {
  const t = `table ${codeSpan(c.name)}`;
  const out = [];
  for (const col of c.columns.added)
    out.push({ now: `column ${codeSpan(`${c.name}.${col.name}`)} still exists`, was: "it did not exist" });
  for (const col of c.columns.removed)
    out.push({ now: `column ${codeSpan(`${c.name}.${col.name}`)} is missing`, was: "it existed" });
  for (const ch of c.columns.changed) {
    out.push({
      now: `column ${codeSpan(`${c.name}.${ch.name}`)} is ${describeColumn(ch.after)}`,
      was: `it was ${describeColumn(ch.before)}`
    });
  }
  if (c.columnOrder) out.push(orderClause(t, c.columnOrder.before, c.columnOrder.after));
  if (c.primaryKey) {
    const has = (terms) => terms.length ? `has ${describePrimaryKey(terms)}` : "has no primary key";
    out.push({
      now: `${t} ${has(c.primaryKey.after)}`,
      was: `it ${has(c.primaryKey.before).replace(/^has/, "had")}`
    });
  }
  for (const o of c.options) {
    const word = OPTION_WORDS[o.option];
    out.push({
      now: `${t} is ${o.after ? "" : "not "}${word}`,
      was: `it was ${o.before ? "" : "not "}${word}`
    });
  }
  const constraint = (list, describe) => {
    for (const x of list.added)
      out.push({ now: `${t} has the constraint ${describe(x)}`, was: "it did not" });
    for (const x of list.removed)
      out.push({ now: `${t} lacks the constraint ${describe(x)}`, was: "it had it" });
  };
  constraint(c.uniques, describeUnique);
  constraint(c.checks, describeCheck);
  out.push(...foreignKeyClauses(c));
  constraint(c.conflicts, (s) => `ON CONFLICT ${s}`);
  return out;
}
function orderClause(t, before, after) {
  const kept = new Set(longestCommonOrder(before, after));
  const moved = after.filter((name) => !kept.has(name));
  if (moved.length === 0 || moved.length > 3) {
    return {
      now: `${t} has its columns in the order ${after.join(", ")}`,
      was: `the order was ${before.join(", ")}`
    };
  }
  const place = (order, name) => {
    const i = order.indexOf(name);
    return i === 0 ? "first" : `after ${codeSpan(order[i - 1] ?? "")}`;
  };
  const now = moved.map((name) => `${codeSpan(name)} ${place(after, name)}`).join(", ");
  const was = moved.map((name) => `${codeSpan(name)} ${place(before, name)}`).join(", ");
  return { now: `${t} has the same columns in another order: ${now}`, was: `it had ${was}` };
}
function longestCommonOrder(a, b) {
  const lengths = a.map(() => new Array(b.length + 1).fill(0));
  lengths.push(new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row2 = lengths[i];
      row2[j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], row2[j + 1]);
    }
  }
  const out = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1])
      i++;
    else j++;
  }
  return out;
}
function foreignKeyClauses(c) {
  const t = `table ${codeSpan(c.name)}`;
  const key = (fk) => JSON.stringify([fk.columns, foldCase(fk.table)]);
  const removed = [...c.foreignKeys.removed];
  const out = [];
  for (const fk of c.foreignKeys.added) {
    const i = removed.findIndex((r) => key(r) === key(fk));
    if (i >= 0) {
      const [before] = removed.splice(i, 1);
      out.push({ now: `${t} has ${describeForeignKey(fk)}`, was: `it was ${describeForeignKey(before)}` });
    } else {
      out.push({ now: `${t} has the constraint ${describeForeignKey(fk)}`, was: "it did not" });
    }
  }
  for (const fk of removed)
    out.push({ now: `${t} lacks the constraint ${describeForeignKey(fk)}`, was: "it had it" });
  return out;
}

// src/core/schema/tracking-tables.ts
function isInternalName(name) {
  return name.slice(0, 7).toLowerCase() === "sqlite_";
}
function isIgnoredTable(table) {
  return isInternalName(table) || TRACKING_TABLES.has(table.toLowerCase());
}

// src/core/text-position.ts
function skipTrivia(sql, from) {
  let i = from;
  while (i < sql.length) {
    const c = sql[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r" || c === "\f") {
      i++;
    } else if (c === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end + 1;
    } else if (c === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? sql.length : end + 2;
    } else {
      break;
    }
  }
  return i;
}
function positionIn(text, offset, start) {
  let line = start.line;
  let column = start.column;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column };
}
function leadingKeyword(sql) {
  const start = skipTrivia(sql, 0);
  const match = /^[A-Za-z_]+/.exec(sql.slice(start, start + 20));
  return match ? match[0].toUpperCase() : "";
}

// src/adapters/cached-queries.ts
var CachedQueries = class {
  constructor(db) {
    this.db = db;
  }
  db;
  statements = /* @__PURE__ */ new Map();
  /** Rows as objects keyed by column name. */
  all(sql, params = []) {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      const stmt2 = this.db.prepare(sql);
      prepared = { stmt: stmt2, columns: stmt2.getColumnNames() };
      this.statements.set(sql, prepared);
    }
    const { stmt, columns: columns2 } = prepared;
    try {
      if (params.length > 0) stmt.bind(params);
      const rows = [];
      while (stmt.step()) {
        const values = stmt.get();
        const row2 = {};
        for (let i = 0; i < columns2.length; i++) row2[columns2[i]] = values[i];
        rows.push(row2);
      }
      return rows;
    } finally {
      stmt.reset();
    }
  }
  free() {
    for (const { stmt } of this.statements.values()) stmt.free();
    this.statements.clear();
  }
};

// src/adapters/schema-rows.ts
var rowKey = (r) => `${r.type}\0${r.name}\0${r.tbl_name}\0${r.sql}`;
function listed(r) {
  return r.sql !== null && r.name.slice(0, 7).toLowerCase() !== "sqlite_";
}
function row({ type, name, tbl_name, sql, rid }) {
  return { type, name, tbl_name, sql, rid };
}
function copied({ rid, type, name, tbl_name, sql }) {
  return { rid, type, name, tbl_name, sql, folded: foldCase(name), foldedTable: foldCase(tbl_name) };
}
function isVirtual(r) {
  return r.type === "table" && /^\s*create\s+virtual\b/i.test(r.sql);
}
function sameRow(a, b) {
  return a !== void 0 && rowKey(a) === rowKey(b);
}
function keysOfRow(r) {
  if (r.type === "table")
    return [objectKey({ kind: "table", name: r.name }), objectKey({ kind: "virtual", name: r.name })];
  if (r.type === "index" || r.type === "view" || r.type === "trigger")
    return [objectKey({ kind: r.type, name: r.name })];
  return [];
}
var Pending = class {
  constructor(base) {
    this.base = base;
  }
  base;
  changes = /* @__PURE__ */ new Map();
  get(key) {
    return this.changes.has(key) ? this.changes.get(key) : this.base.get(key);
  }
  has(key) {
    return this.get(key) !== void 0;
  }
  set(key, value) {
    this.changes.set(key, value);
  }
  delete(key) {
    this.changes.set(key, void 0);
  }
  done() {
    return this.base.with(this.changes);
  }
};

// src/adapters/hinted-reads.ts
var COUNT = "(SELECT count(*) FROM main.sqlite_schema) AS total";
function fetch2(queries, where, params) {
  const raw = queries.all(
    `SELECT rowid AS rid, type, name, tbl_name, sql, ${COUNT} FROM main.sqlite_schema WHERE ${where}`,
    params
  );
  return { rows: raw.map(copied), total: raw[0]?.total ?? 0 };
}
function rowidIn(rids) {
  if (rids.length > 16) return ["rowid IN (SELECT value FROM json_each(?))", [JSON.stringify(rids)]];
  return [`rowid IN (${rids.map(() => "?").join(", ")})`, [...rids]];
}
function readInserted(queries, base) {
  const { rows, total } = fetch2(queries, "rowid >= ?", [base.maxRid]);
  const last = base.rows.get(base.maxRid);
  const lastKept = base.maxRid === 0 || rows.some(
    (r) => r.rid === base.maxRid && last !== void 0 && last.name === r.name && last.type === r.type
  );
  const fresh = rows.filter((r) => r.rid > base.maxRid);
  if (!lastKept || base.rows.size + fresh.length !== total) return void 0;
  return { added: fresh, removed: [] };
}
function readDropped(queries, base, names) {
  const dropped = new Set(names);
  const candidates = /* @__PURE__ */ new Map();
  for (const r of base.rows.values()) {
    if (dropped.has(r.folded) || dropped.has(r.foldedTable)) candidates.set(r.rid, r);
  }
  const [where, params] = rowidIn([...candidates.keys()]);
  const kept = candidates.size > 0 ? `(SELECT group_concat(rowid) FROM main.sqlite_schema WHERE ${where})` : "NULL";
  const [answer] = queries.all(
    `SELECT ${COUNT}, ${kept} AS kept`,
    candidates.size > 0 ? params : []
  );
  if (!answer) return void 0;
  for (const rid of answer.kept?.split(",") ?? []) candidates.delete(Number(rid));
  const gone = [...candidates.values()];
  if (base.rows.size - gone.length !== answer.total) return void 0;
  return { added: [], removed: gone };
}
function readAltered(queries, base, tables) {
  const rids = [];
  for (const name of tables) {
    const rid = base.sources.get(objectKey({ kind: "table", name }))?.rid;
    if (rid === void 0) return void 0;
    rids.push(rid);
  }
  const { rows, total } = fetch2(queries, ...rowidIn(rids));
  const same = (r, o) => o !== void 0 && r.type === "table" && o.type === "table" && o.name === r.name && tables.includes(r.folded);
  const old = rows.map((r) => base.rows.get(r.rid));
  if (rows.length !== tables.length || total !== base.rows.size) return void 0;
  if (!rows.every((r, i) => same(r, old[i]))) return void 0;
  const added = [];
  const removed = [];
  rows.forEach((r, i) => {
    const o = old[i];
    if (o.sql === r.sql && o.tbl_name === r.tbl_name) return;
    added.push(r);
    removed.push(o);
  });
  return { added, removed };
}
function readMixed(queries, base, writes) {
  const names = /* @__PURE__ */ new Set([...writes.drops, ...writes.alters]);
  const renamed = writes.renames.map(({ from }) => from);
  for (const { from, to } of writes.renames) names.add(from).add(to);
  const candidates = [];
  for (const r of base.rows.values()) {
    if (names.has(r.folded) || names.has(r.foldedTable)) {
      if (isVirtual(r)) return void 0;
    } else if (renamed.length === 0 || !mentions(r, renamed)) continue;
    candidates.push(r.rid);
  }
  const [inCandidates, params] = candidates.length > 0 ? rowidIn(candidates) : ["0", []];
  const { rows, total } = fetch2(queries, `rowid > ? OR ${inCandidates}`, [base.maxRid, ...params]);
  const added = [];
  const removed = [];
  const seen = /* @__PURE__ */ new Set();
  let fresh = 0;
  for (const r of rows) {
    seen.add(r.rid);
    const old = base.rows.get(r.rid);
    if (!old) fresh++;
    else if (old.type === r.type && old.name === r.name && old.tbl_name === r.tbl_name && old.sql === r.sql)
      continue;
    else removed.push(old);
    added.push(r);
  }
  for (const rid of candidates) {
    const old = base.rows.get(rid);
    if (!seen.has(rid) && old) removed.push(old);
  }
  const gone = removed.length - (added.length - fresh);
  if (base.rows.size - gone + fresh !== total) return void 0;
  return { added, removed };
}
function mentions(r, names) {
  if (r.sql === null) return false;
  r.foldedSql ??= foldCase(r.sql);
  const text = r.foldedSql;
  return names.some((name) => text.includes(name));
}

// src/adapters/object-modeller.ts
var MODEL_CACHE_LIMIT = 5e4;
var ObjectModeller = class {
  constructor(queries) {
    this.queries = queries;
  }
  queries;
  models = /* @__PURE__ */ new Map();
  parsed = 0;
  query(sql, params = []) {
    return this.queries.all(sql, params);
  }
  model(r, objects, sources) {
    if (isInternalName(r.name) || isIgnoredTable(r.tbl_name)) return null;
    if (r.type === "table" && !isVirtual(r) && this.isShadow(r.name, objects)) return null;
    const tableSql = r.type === "index" ? sources.get(objectKey({ kind: "table", name: r.tbl_name }))?.sql ?? "" : "";
    const cacheKey = `${rowKey(r)}\0${tableSql}`;
    const cached = this.models.get(cacheKey);
    if (cached) return cached;
    const obj = this.build(r);
    if (!obj) return null;
    this.parsed++;
    if (this.models.size >= MODEL_CACHE_LIMIT) this.models.clear();
    this.models.set(cacheKey, obj);
    return obj;
  }
  build(r) {
    const fromSql = buildFromSql(r);
    if (fromSql) return fromSql;
    if (r.type === "index") return buildIndex(r, this.indexColumns(r.name));
    if (r.type === "table") return buildTable(r, this.tableInfo(r.name, r.sql));
    return null;
  }
  /** Shadow tables belong to their virtual table; only SQLite knows which names its modules claim. */
  isShadow(name, objects) {
    const lower2 = foldCase(name);
    const cut = lower2.lastIndexOf("_");
    let owner = false;
    for (let i = cut; i > 0 && !owner; i = lower2.lastIndexOf("_", i - 1)) {
      owner = objects.get(objectKey({ kind: "virtual", name: lower2.slice(0, i) }))?.kind === "virtual";
    }
    if (!owner) return false;
    const rows = this.query("SELECT type FROM pragma_table_list(?) WHERE schema = 'main'", [
      name
    ]);
    return rows[0]?.type === "shadow";
  }
  indexColumns(index) {
    return this.query("SELECT * FROM main.pragma_index_xinfo(?)", [index]);
  }
  tableInfo(table, sql) {
    const list = /\b(without|strict)\b/i.test(sql) ? this.query(
      "SELECT wr, strict FROM pragma_table_list(?) WHERE schema = 'main'",
      [table]
    )[0] : void 0;
    const columns2 = this.query("SELECT * FROM main.pragma_table_xinfo(?)", [table]);
    const indexes = this.query(
      `SELECT name, "unique", origin, partial FROM main.pragma_index_list(?) WHERE origin <> 'c'`,
      [table]
    ).map((i) => ({ ...i, columns: this.indexColumns(i.name) }));
    return { withoutRowid: list?.wr === 1, strict: list?.strict === 1, columns: columns2, indexes };
  }
};

// src/adapters/reader-state.ts
function emptyState() {
  const objects = LayeredMap.of();
  return {
    objects,
    sources: /* @__PURE__ */ new Map(),
    schema: schemaOf(objects),
    rows: /* @__PURE__ */ new Map(),
    maxRid: 0
  };
}
function nextRows(base, { added, removed }, inPlace) {
  if (added.length === 0 && removed.length === 0) return { rows: base.rows, maxRid: base.maxRid };
  const rows = inPlace ? base.rows : new Map(base.rows);
  let maxRid = base.maxRid;
  let lostMax = false;
  for (const r of removed) {
    rows.delete(r.rid);
    if (r.rid === maxRid) lostMax = true;
  }
  for (const r of added) {
    rows.set(r.rid, r);
    if (r.rid >= maxRid) {
      maxRid = r.rid;
      lostMax = false;
    }
  }
  if (lostMax) {
    maxRid = 0;
    for (const rid of rows.keys()) if (rid > maxRid) maxRid = rid;
  }
  return { rows, maxRid };
}
function applyChanges(modeller, base, changes, inPlace) {
  const added = changes.added.filter(listed).map(row);
  const removed = changes.removed.filter(listed).map(row);
  const rows = nextRows(base, changes, inPlace);
  return { ...applyModel(modeller, base, rows.rows, added, removed, inPlace), ...rows };
}
var rank = (r) => isVirtual(r) ? 0 : r.type === "table" ? 1 : 2;
var byRank = (a, b) => rank(a) - rank(b);
function applyModel(modeller, base, rows, added, removed, inPlace) {
  const objects = new Pending(base.objects);
  const sources = inPlace ? base.sources : new Map(base.sources);
  const gone = /* @__PURE__ */ new Set();
  for (const r of removed) {
    for (const key of keysOfRow(r)) {
      const source = sources.get(key);
      if (source && rowKey(source) === rowKey(r)) {
        objects.delete(key);
        sources.delete(key);
        gone.add(key);
      }
    }
  }
  const ordered = added.length > 1 ? [...added].sort(byRank) : added;
  const redefined = /* @__PURE__ */ new Set();
  for (const r of ordered) {
    const obj = modeller.model(r, objects, sources);
    if (!obj) continue;
    const key = objectKey(obj);
    const existed = gone.has(key) || sources.has(key);
    if (obj.kind === "table" && existed) redefined.add(foldCase(obj.name));
    objects.set(key, obj);
    sources.set(key, r);
  }
  if (redefined.size > 0) {
    for (const r of rows.values()) {
      if (r.type !== "index" || !redefined.has(r.foldedTable)) continue;
      const key = objectKey({ kind: "index", name: r.name });
      const source = sources.get(key);
      if (!source || !objects.has(key)) continue;
      const again = modeller.model(source, objects, sources);
      if (again) objects.set(key, again);
    }
  }
  const next = objects.done();
  return { objects: next, sources, schema: schemaOf(next) };
}

// src/adapters/schema-reader.ts
var HISTORY_LIMIT = 32;
var ALL_ROWS = "SELECT rowid AS rid, type, name, tbl_name, sql FROM main.sqlite_schema";
var SchemaReader = class {
  constructor(db, strategy = "except") {
    this.db = db;
    this.strategy = strategy;
    this.queries = new CachedQueries(db);
    this.modeller = new ObjectModeller(this.queries);
  }
  db;
  strategy;
  counts = { reads: 0, unchanged: 0, rowsFetched: 0 };
  tag = `__lockstep_schema_reader_${Math.random().toString(36).slice(2, 10)}`;
  queries;
  modeller;
  /** The states the copy has held, by generation. */
  history = /* @__PURE__ */ new Map();
  state;
  /** schema_version and generation at the last full read. */
  version = -1;
  generation = 0;
  /** The last read was a full one: the copy holds `state`. Hinted reads leave the copy behind. */
  synced = false;
  nextGeneration = 1;
  get stats() {
    return { ...this.counts, parsed: this.modeller.parsed };
  }
  /**
   * `writes` says how the schema changed since the last read, as executeScript classified the statements: new
   * rows (CREATE), removed ones (DROP), rows rewritten in place (ALTER … ADD/DROP COLUMN, RENAME TO) let the
   * reader look at just the rows they can touch. Row counts and the last rowid confirm the claim where they
   * can; anything else reads the full delta.
   */
  read(writes = "any") {
    this.counts.reads++;
    if (writes === "none" && this.state) {
      this.counts.unchanged++;
      return this.state.schema;
    }
    if (this.state && this.strategy === "except" && writes !== "any" && writes !== "none") {
      const changes = this.hinted(this.state, writes);
      if (changes) {
        this.counts.rowsFetched += changes.added.length;
        this.state = applyChanges(this.modeller, this.state, changes, !this.synced);
        this.synced = false;
        return this.state.schema;
      }
    }
    const [version, generation] = this.probe();
    if (this.state && this.synced && version === this.version && generation === this.generation) {
      this.counts.unchanged++;
      return this.state.schema;
    }
    const base = generation === null ? void 0 : this.history.get(generation);
    if (generation === null) this.createTemp();
    const next = this.strategy === "except" && base ? this.applyDelta(base) : this.applyScan(base ?? this.state);
    this.remember(version, next);
    return next.schema;
  }
  hinted(base, writes) {
    if (writes === "insert") return readInserted(this.queries, base);
    if ("mixed" in writes) return readMixed(this.queries, base, writes.mixed);
    return "alter" in writes ? readAltered(this.queries, base, writes.alter) : readDropped(this.queries, base, writes.drop);
  }
  query(sql, params = []) {
    return this.queries.all(sql, params);
  }
  /** Drops the temp tables (the reader can still be used; it recreates them). */
  dispose() {
    this.queries.free();
    this.db.exec(`DROP TABLE IF EXISTS temp."${this.tag}"; DROP TABLE IF EXISTS temp."${this.tag}_gen"`);
    this.history.clear();
    this.state = void 0;
    this.synced = false;
  }
  probe() {
    try {
      const [row2] = this.query(
        `SELECT schema_version AS v, (SELECT g FROM temp."${this.tag}_gen") AS g FROM main.pragma_schema_version`
      );
      return [row2?.v ?? 0, row2?.g ?? null];
    } catch {
      const version = this.query("SELECT schema_version AS v FROM main.pragma_schema_version")[0]?.v ?? 0;
      return [version, null];
    }
  }
  createTemp() {
    this.db.exec(
      `CREATE TEMP TABLE IF NOT EXISTS "${this.tag}"(rid INTEGER PRIMARY KEY, type TEXT, name TEXT, tbl_name TEXT, sql TEXT);
       CREATE TEMP TABLE IF NOT EXISTS "${this.tag}_gen"(g INTEGER);
       DELETE FROM temp."${this.tag}"; DELETE FROM temp."${this.tag}_gen";
       INSERT INTO temp."${this.tag}_gen" VALUES (0);`
    );
    this.history.clear();
  }
  /** After a full read: the copy holds `next`, and the generation written beside it says so. */
  remember(version, next) {
    const generation = this.nextGeneration++;
    this.query(`UPDATE temp."${this.tag}_gen" SET g = ?`, [generation]);
    this.version = version;
    this.generation = generation;
    this.synced = true;
    this.state = next;
    this.history.set(generation, next);
    if (this.history.size > HISTORY_LIMIT) this.history.delete(this.history.keys().next().value);
  }
  /**
   * Rows that differ from the copy, which holds `base`, found by SQLite in one linear pass (a rowid join; an
   * EXCEPT would sort both sides on every read). A row count tells whether any row is gone without a second
   * pass. An ALTER rewrites its row in place: a changed row is its old version removed and its new one added.
   * The copy is brought up to date.
   */
  applyDelta(base) {
    const t = `temp."${this.tag}"`;
    const changed = this.query(
      `SELECT s.rowid AS rid, s.type, s.name, s.tbl_name, s.sql
         FROM main.sqlite_schema s LEFT JOIN ${t} c ON c.rid = s.rowid
        WHERE c.rid IS NULL OR c.sql IS NOT s.sql OR c.name IS NOT s.name
           OR c.tbl_name IS NOT s.tbl_name OR c.type IS NOT s.type`
    ).map(copied);
    const total = this.query("SELECT count(*) AS n FROM main.sqlite_schema")[0]?.n ?? 0;
    const removed = [];
    let fresh = 0;
    for (const r of changed) {
      const old = base.rows.get(r.rid);
      if (old) removed.push(old);
      else fresh++;
    }
    if (changed.length > 0)
      this.query(
        `INSERT OR REPLACE INTO ${t} SELECT rowid, type, name, tbl_name, sql FROM main.sqlite_schema
          WHERE rowid IN (SELECT value FROM json_each(?))`,
        [JSON.stringify(changed.map((r) => r.rid))]
      );
    if (base.rows.size - (total - fresh) > 0) {
      const gone = this.query(
        `SELECT rid FROM ${t} WHERE rid NOT IN (SELECT rowid FROM main.sqlite_schema)`
      ).map(({ rid }) => rid);
      for (const rid of gone) {
        const old = base.rows.get(rid);
        if (old) removed.push(old);
      }
      this.query(`DELETE FROM ${t} WHERE rid IN (SELECT value FROM json_each(?))`, [JSON.stringify(gone)]);
    }
    this.counts.rowsFetched += changed.length;
    return applyChanges(this.modeller, base, { added: changed, removed }, false);
  }
  /** Every row pulled into JS and compared with the previous state there. */
  applyScan(previous) {
    const rows = this.query(ALL_ROWS).map(copied);
    this.counts.rowsFetched += rows.length;
    if (this.strategy === "except") {
      this.db.exec(
        `DELETE FROM temp."${this.tag}"; INSERT INTO temp."${this.tag}" SELECT rowid, type, name, tbl_name, sql FROM main.sqlite_schema`
      );
    }
    const base = previous ?? emptyState();
    const modelled = rows.filter(listed);
    const known = (r) => keysOfRow(r).some((k) => sameRow(base.sources.get(k), r));
    const added = modelled.filter((r) => !known(r));
    const keys = new Set(modelled.map(rowKey));
    const removed = [...base.sources.values()].filter((r) => !keys.has(rowKey(r)));
    const maxRid = rows.reduce((m, r) => Math.max(m, r.rid), 0);
    const all = new Map(rows.map((r) => [r.rid, r]));
    return { ...applyModel(this.modeller, base, all, added, removed, false), rows: all, maxRid };
  }
};

// src/adapters/sqljs.ts
var import_sql_wasm = __toESM(require_sql_wasm(), 1);
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var loading;
function locateWasm(file) {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const beside of [join(here, file), join(here, "..", file)]) if (existsSync(beside)) return beside;
  const require2 = createRequire(import.meta.url);
  return join(dirname(require2.resolve("fts5-sql-bundle/dist/sql-wasm.js")), file);
}
function loadSqlJs() {
  loading ??= (0, import_sql_wasm.default)({ locateFile: locateWasm });
  return loading;
}
async function openMemoryDatabase() {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  db.exec("PRAGMA foreign_keys = ON");
  return db;
}
async function openDatabaseBytes(bytes) {
  const SQL = await loadSqlJs();
  return new SQL.Database(bytes);
}

// src/engine/replay/execute.ts
var SCHEMA_NEUTRAL = /* @__PURE__ */ new Set([
  "INSERT",
  "UPDATE",
  "DELETE",
  "REPLACE",
  "SELECT",
  "WITH",
  "VALUES",
  "BEGIN",
  "COMMIT",
  "END",
  "SAVEPOINT",
  "REINDEX",
  "EXPLAIN"
]);
var NEUTRAL_PRAGMA = /^\s*pragma\s+(?:\w+\s*\.\s*)?(?:foreign_keys|defer_foreign_keys|foreign_key_check|foreign_key_list|table_info|table_xinfo|index_list|index_info|integrity_check|quick_check|recursive_triggers|case_sensitive_like)\b/i;
function schemaWritesOf(keyword, text) {
  if (SCHEMA_NEUTRAL.has(keyword)) return "none";
  if (keyword === "CREATE") return "insert";
  if (keyword === "DROP") return droppedObject(text);
  if (keyword === "PRAGMA" && NEUTRAL_PRAGMA.test(text)) return "none";
  if (keyword === "ALTER") return alteredTable(text);
  return "any";
}
function alteredTable(text) {
  const tokens = tokenize(text.slice(0, 400));
  if (!isWords(tokens, 0, "alter", "table")) return "any";
  let i = 2;
  if (isOp(tokens[i + 1], ".")) {
    if (foldCase(tokens[i]?.value ?? "") !== "main") return "any";
    i += 2;
  }
  const name = tokens[i];
  if (!name || name.kind !== "word" && name.kind !== "quoted") return "any";
  if (isWord(tokens[i + 1], "add") || isWord(tokens[i + 1], "drop")) return { alter: [foldCase(name.value)] };
  const to = tokens[i + 3];
  const ends = tokens.length === i + 4 || isOp(tokens[i + 4], ";");
  if (isWords(tokens, i + 1, "rename", "to") && to && (to.kind === "word" || to.kind === "quoted") && ends)
    return {
      mixed: { drops: [], alters: [], renames: [{ from: foldCase(name.value), to: foldCase(to.value) }] }
    };
  return "any";
}
function droppedObject(text) {
  const tokens = tokenize(text.slice(0, 400));
  if (!["table", "index", "view", "trigger"].some((kind) => isWord(tokens[1], kind))) return "any";
  let i = isWords(tokens, 2, "if", "exists") ? 4 : 2;
  if (isOp(tokens[i + 1], ".")) {
    if (foldCase(tokens[i]?.value ?? "") !== "main") return "any";
    i += 2;
  }
  const name = tokens[i];
  return name && (name.kind === "word" || name.kind === "quoted") ? { drop: [foldCase(name.value)] } : "any";
}
function combineWrites(a, b) {
  if (b === "none") return a;
  if (a === "none") return b;
  if (a === "any" || b === "any") return "any";
  if (a === "insert" && b === "insert") return a;
  if (typeof a === "object" && typeof b === "object") {
    if ("alter" in a && "alter" in b) return { alter: [.../* @__PURE__ */ new Set([...a.alter, ...b.alter])] };
    if ("drop" in a && "drop" in b) return { drop: [.../* @__PURE__ */ new Set([...a.drop, ...b.drop])] };
  }
  const x = asMixed(a);
  const y = asMixed(b);
  return {
    mixed: {
      drops: [.../* @__PURE__ */ new Set([...x.drops, ...y.drops])],
      alters: [.../* @__PURE__ */ new Set([...x.alters, ...y.alters])],
      renames: [...x.renames, ...y.renames]
    }
  };
}
function asMixed(w) {
  if (w === "insert") return { drops: [], alters: [], renames: [] };
  if ("mixed" in w) return w.mixed;
  return "drop" in w ? { drops: w.drop, alters: [], renames: [] } : { drops: [], alters: w.alter, renames: [] };
}
var BYPASSING_PRAGMAS = /^\s*pragma\s+(?:\w+\s*\.\s*)?(?:writable_schema|ignore_check_constraints|legacy_file_format|schema_version|cell_size_check)\b/i;
var TRANSACTION_KEYWORDS = /* @__PURE__ */ new Set(["BEGIN", "COMMIT", "END", "ROLLBACK"]);
function isSensitive(keyword, sql) {
  if (TRANSACTION_KEYWORDS.has(keyword)) return true;
  return keyword === "PRAGMA" && /foreign_keys\s*=/i.test(sql);
}
function executeScript(db, script, rewrite, trace) {
  const started = performance.now();
  const sensitive = [];
  let failure;
  let bypassedChecks = false;
  let ranPragma = false;
  let schemaWrites = "none";
  if (script.transaction) db.exec("BEGIN");
  outer: for (const [chunkIndex, chunk] of script.chunks.entries()) {
    const sql = rewrite ? rewrite(chunk.sql) : chunk.sql;
    const statements = db.iterateStatements(sql);
    let offset = 0;
    for (; ; ) {
      let stmt;
      try {
        stmt = statements.next();
      } catch (error) {
        failure = failureAt(sql, offset, chunk, error);
        break outer;
      }
      if (stmt.done) break;
      const text = stmt.value.getSQL();
      const statementOffset = offset;
      offset += text.length;
      const body = skipTriviaText(text);
      const keyword = leadingKeyword(body);
      if (keyword === "PRAGMA") {
        ranPragma = true;
        if (BYPASSING_PRAGMAS.test(body)) bypassedChecks = true;
      }
      schemaWrites = combineWrites(schemaWrites, schemaWritesOf(keyword, body));
      if (isSensitive(keyword, body)) {
        const at = positionIn(sql, skipTrivia(sql, statementOffset), chunk);
        sensitive.push({ ...at, keyword, statement: body.trim() });
      }
      trace?.(chunkIndex, statementOffset, text.length);
      try {
        while (stmt.value.step()) {
        }
      } catch (error) {
        failure = failureAt(sql, statementOffset, chunk, error);
        break outer;
      } finally {
        stmt.value.free();
      }
    }
  }
  if (failure) {
    rollbackQuietly(db);
  } else if (script.transaction) {
    try {
      db.exec("COMMIT");
    } catch (error) {
      failure = { line: 1, column: 1, message: messageOf(error), statement: "COMMIT" };
      rollbackQuietly(db);
    }
  }
  if (failure) schemaWrites = "any";
  return {
    ok: !failure,
    failure,
    sensitive,
    bypassedChecks,
    ranPragma,
    schemaWrites,
    ms: performance.now() - started
  };
}
function skipTriviaText(sql) {
  return sql.slice(skipTrivia(sql, 0));
}
function rollbackQuietly(db) {
  try {
    db.exec("ROLLBACK");
  } catch {
  }
}
function failureAt(sql, offset, chunk, error) {
  const start = skipTrivia(sql, offset);
  const at = positionIn(sql, start, chunk);
  const end = sql.indexOf(";", start);
  return {
    ...at,
    message: messageOf(error),
    statement: excerpt(sql.slice(start, end === -1 ? void 0 : end + 1))
  };
}
function messageOf(error) {
  return boundedMessage(error instanceof Error ? error.message : String(error));
}

// src/engine/replay/integrity.ts
var WHOLE_DATABASE = { integrity: "all", foreignKeys: "all" };
var IntegrityChecker = class {
  constructor(db) {
    this.db = db;
  }
  db;
  /** Prepared once (the table-valued forms take the table as a parameter): a replay asks thousands of times. */
  statements = /* @__PURE__ */ new Map();
  /** PRAGMA foreign_keys as last read; only a PRAGMA statement changes it (see pragmasRan). */
  enforced;
  /** A script ran a PRAGMA: foreign_keys is read again before the next check. */
  pragmasRan() {
    this.enforced = void 0;
  }
  rows(sql, param) {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    try {
      if (param !== void 0) stmt.bind([param]);
      const out = [];
      while (stmt.step()) out.push(stmt.get());
      return out;
    } finally {
      stmt.reset();
    }
  }
  check(scope) {
    const problems = [];
    const integrity = scope.integrity === "all" ? this.rows("SELECT * FROM main.pragma_integrity_check") : scope.integrity.flatMap((t) => this.rows("SELECT * FROM main.pragma_integrity_check(?)", t));
    for (const [message] of integrity) {
      if (message !== "ok") problems.push(`integrity_check: ${String(message)}`);
    }
    this.enforced ??= this.rows("SELECT * FROM main.pragma_foreign_keys")[0]?.[0] === 1;
    const enforced = this.enforced;
    const targets = scope.foreignKeys === "all" || !enforced ? "all" : scope.foreignKeys;
    let violations;
    try {
      violations = targets === "all" ? this.rows("SELECT * FROM main.pragma_foreign_key_check") : targets.flatMap((t) => this.rows("SELECT * FROM main.pragma_foreign_key_check(?)", t));
    } catch (error) {
      problems.push(
        `foreign_key_check: ${error.message} (the referenced columns must exist and be a PRIMARY KEY or UNIQUE)`
      );
      return problems;
    }
    for (const [table, rowid, parent] of violations.slice(0, 5)) {
      problems.push(
        `foreign_key_check: row ${rowid === null ? "(without rowid)" : String(rowid)} of ${codeSpan(String(table))} references a missing row in ${codeSpan(String(parent))}`
      );
    }
    if (violations.length > 5) problems.push(`foreign_key_check: ${violations.length - 5} more violations`);
    return problems;
  }
};
function scopeOfStep(before, after, step, applicationFunctions, changedNames = changedTables(diffSchemas(before, after))) {
  const changed = changedNames.filter((name) => isTable(after, name));
  const togglesForeignKeys = step.sensitive.some((s) => s.keyword === "PRAGMA");
  const redefined = changed.filter((name) => isTable(before, name));
  const parents = new Set(redefined);
  const children = [];
  if (parents.size > 0 && !togglesForeignKeys) {
    after.objects.forEach((o) => {
      if (o.kind !== "table" || o.foreignKeys.length === 0) return;
      for (const parent of parentsOf(o)) {
        if (!parents.has(parent)) continue;
        children.push(foldCase(o.name));
        return;
      }
    });
  }
  return {
    integrity: step.bypassedChecks || applicationFunctions ? "all" : redefined,
    foreignKeys: togglesForeignKeys ? "all" : [.../* @__PURE__ */ new Set([...changed, ...children])]
  };
}
var referenced = /* @__PURE__ */ new WeakMap();
function parentsOf(table) {
  let parents = referenced.get(table);
  if (!parents) {
    parents = table.foreignKeys.map((fk) => foldCase(fk.table));
    referenced.set(table, parents);
  }
  return parents;
}
function isTable(schema, name) {
  return schema.objects.get(objectKey({ kind: "table", name }))?.kind === "table";
}

// src/engine/replay/transaction-notes.ts
var FOREIGN_KEYS_OFF = /foreign_keys\s*(?:=\s*|\(\s*)['"]?(?:off|0|false|no)\b/i;
var ROLLBACK_TO_SAVEPOINT = /^rollback\s+(?:transaction\s+)?to\b/i;
var lines = (items) => items.map((s) => `${s.keyword} at line ${s.line}`).join(", ");
function noteTransactionControl(findings, layout, migration, script, result) {
  const { name, transaction } = toolOf(layout);
  const tool = { name, optOut: transaction.optOut };
  const at = (s) => ({
    version: migration.version,
    file: script.file,
    line: s.line,
    column: s.column
  });
  const control = result.sensitive.filter((s) => s.keyword !== "PRAGMA");
  const first = control[0];
  if (first && script.transaction) {
    const remedy = tool.optOut ? `remove them, or let the file run as written: ${tool.optOut}` : `remove them: ${tool.name} has no way to run one file outside its transaction`;
    findings.push(
      finding(
        "transaction-control",
        `${script.file} has its own transaction control (${lines(control)}), but ${tool.name} already runs it inside a transaction, where BEGIN fails with "cannot start a transaction within a transaction"; ${remedy}`,
        at(first)
      )
    );
  } else if (first && result.ok) {
    const open = unclosedBegin(control);
    if (open) {
      findings.push(
        finding(
          "transaction-control",
          `${script.file} opens a transaction at line ${open.line} that it never closes: the next migration's statements run inside it, and a failure rolls them back together; end the file with COMMIT`,
          at(open)
        )
      );
    }
  }
  const ignored = result.sensitive.filter(
    (s) => s.keyword === "PRAGMA" && FOREIGN_KEYS_OFF.test(s.statement)
  );
  const pragma = ignored[0];
  if (!pragma || !script.transaction) return;
  const where = ignored.map((s) => `line ${s.line}`).join(", ");
  const why = transaction.pragmaIgnored ?? `${tool.name} runs the file inside a transaction, where SQLite ignores it, so foreign keys stay as the connection has them through what follows (with them on, a DROP TABLE deletes or blocks the rows that reference it); ${tool.optOut ?? "run it outside the transaction"}`;
  findings.push(
    finding(
      "transaction-control",
      `${codeSpan(excerpt(pragma.statement, 80))} (${where}) has no effect: ${why}`,
      at(pragma)
    )
  );
}
function unclosedBegin(control) {
  let open;
  for (const s of control) {
    if (s.keyword === "BEGIN") open ??= s;
    else if (!(s.keyword === "ROLLBACK" && ROLLBACK_TO_SAVEPOINT.test(s.statement))) open = void 0;
  }
  return open;
}

// src/engine/replay/replay-steps.ts
var ReplayState = class {
  constructor(options) {
    this.options = options;
  }
  options;
  db;
  reader;
  integrity;
  applied = [];
  reportedIntegrity = /* @__PURE__ */ new Set();
  async open() {
    this.db = await openMemoryDatabase();
    for (const [name, fn] of Object.entries(this.options.functions ?? {})) {
      this.db.create_function(name, fn);
    }
    this.reader = new SchemaReader(this.db);
    this.integrity = new IntegrityChecker(this.db);
  }
  /** Every script goes through here, so the integrity checker hears of every PRAGMA. */
  run(script) {
    const trace = this.options.trace;
    const result = executeScript(
      this.db,
      script,
      this.options.rewrite,
      trace && ((chunk, offset, length) => trace.statement(script, chunk, offset, length))
    );
    trace?.settled(script);
    if (result.ranPragma) this.integrity.pragmasRan();
    return result;
  }
  recordApplied(script) {
    this.applied.push(script);
  }
  /** Replays every applied up into a fresh database: the state right after the last up, untouched by any down. */
  async rebuild() {
    this.db.close();
    await this.open();
    for (const script of this.applied) this.run(script);
  }
  /** Application functions may be non-deterministic, and an index built on one can drift from its table. */
  get hasFunctions() {
    return Object.keys(this.options.functions ?? {}).length > 0;
  }
  close() {
    this.db.close();
  }
};
async function verifyDown(state, layout, migration, before, after, report, findings) {
  const down = migration.down;
  const up = migration.up;
  const v = migration.version;
  const result = state.run(down);
  noteTransactionControl(findings, layout, migration, down, result);
  if (!result.ok && result.failure) {
    report.down = "failed";
    findings.push(
      finding(
        "down-failed",
        `the down of ${v} failed at ${down.file}:${result.failure.line}:${result.failure.column} (${quoteStatement(result.failure.statement)}): ${result.failure.message}; fix the down so ${v} can be rolled back`,
        { version: v, file: down.file, line: result.failure.line, column: result.failure.column }
      )
    );
    return down.transaction ? "rolled-back" : "rebuild";
  }
  const afterDown = state.reader.read(result.schemaWrites);
  checkIntegrity(
    state,
    findings,
    migration,
    down.file,
    `after the down of ${migration.version}`,
    scopeOfStep(after, afterDown, result, state.hasFunctions)
  );
  const downDiff = diffSchemas(before, afterDown);
  let columnOrder;
  if (!isEmptyDiff(downDiff)) {
    if (!isColumnOrderOnly(downDiff)) {
      report.down = "mismatch";
      const empty = isBlank(down);
      const explanation2 = explainDiff(downDiff, {
        actual: `after the down of ${v}`,
        expected: `before ${v}'s up`
      });
      const lead = empty ? `the down of ${v} is empty but its up changed the schema: ` : "";
      findings.push(
        finding("down-mismatch", `${lead}${explanation2}; make the down undo exactly what the up did`, {
          version: v,
          file: down.file,
          line: startLine(down)
        })
      );
      return "rebuild";
    }
    columnOrder = downDiff;
  }
  report.down = "ok";
  const redo = state.run(up);
  if (!redo.ok && redo.failure) {
    report.redo = "mismatch";
    findings.push(
      finding(
        "redo-mismatch",
        `after the down of ${v}, its up failed when run again at ${up.file}:${redo.failure.line}:${redo.failure.column}: ${redo.failure.message}; the down does not undo everything the up needs to run`,
        { version: v, file: up.file, line: redo.failure.line, column: redo.failure.column }
      )
    );
    return "rebuild";
  }
  const afterRedo = state.reader.read(redo.schemaWrites);
  const redoDiff = diffSchemas(after, afterRedo);
  const redoOrderOnly = !isEmptyDiff(redoDiff) && isColumnOrderOnly(redoDiff);
  if (columnOrder) {
    const explanation2 = explainDiff(columnOrder, {
      actual: `after the down of ${v}`,
      expected: `before ${v}'s up`
    });
    const redoNote = redoOrderOnly ? ", so running the up again gives the columns in another order too" : "";
    findings.push(
      finding(
        "down-column-order",
        `${explanation2}${redoNote}; no data is lost, but code that relies on column order (SELECT *, INSERT without column names) sees a different table: if that matters, have the down rebuild the table with its columns in the old order`,
        { version: v, file: down.file, line: startLine(down) }
      )
    );
  }
  if (isEmptyDiff(redoDiff) || redoOrderOnly && columnOrder) {
    report.redo = "ok";
    return redoOrderOnly ? "rebuild" : "unchanged";
  }
  report.redo = "mismatch";
  const explanation = explainDiff(redoDiff, {
    actual: `after ${v}'s up ran again`,
    expected: `after its first up`
  });
  findings.push(
    finding(
      "redo-mismatch",
      `${explanation}; the up does not give the same schema twice \u2014 check what the down leaves behind`,
      { version: v, file: up.file, line: startLine(up) }
    )
  );
  return "rebuild";
}
function checkIntegrity(state, findings, migration, file, when, scope) {
  const problems = state.integrity.check(scope);
  for (const problem of problems) {
    if (state.reportedIntegrity.has(problem)) continue;
    state.reportedIntegrity.add(problem);
    findings.push(
      finding("integrity", `${when}, ${problem}; fix the data or constraints the step leaves`, {
        version: migration.version,
        file
      })
    );
  }
}
function quoteStatement(statement) {
  return codeSpan(excerpt(statement, 80));
}
function startLine(script) {
  return script.chunks[0]?.line ?? 1;
}
function isBlank(script) {
  return script.chunks.every((c) => c.sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, "").trim() === "");
}

// src/engine/replay/replay-position.ts
var SLOTS = 7;
function scriptIds(set, baseline) {
  const ids = /* @__PURE__ */ new Map();
  if (baseline) ids.set(baseline, -1);
  for (const [i, m] of set.migrations.entries()) {
    if (m.up) ids.set(m.up, 2 * i);
    if (m.down) ids.set(m.down, 2 * i + 1);
  }
  return ids;
}
function readPosition(position) {
  return {
    phase: Atomics.load(position, 1 /* Phase */),
    script: position[2 /* Script */] ?? -2,
    chunk: position[3 /* Chunk */] ?? 0,
    offset: position[4 /* Offset */] ?? 0,
    length: position[5 /* Length */] ?? 0,
    again: position[6 /* Again */] === 1
  };
}
function timeoutFinding(set, baseline, rewrite, at, seconds, done) {
  const budget = `its time budget of ${seconds} s`;
  const next = `; if it is only slow, raise "timeout" in the config (or pass --timeout SECONDS)`;
  const migration = at.script >= 0 ? set.migrations[at.script >> 1] : void 0;
  const script = at.script === -1 ? baseline : at.script >= 0 ? at.script % 2 === 0 ? migration?.up : migration?.down : void 0;
  const current = set.migrations[done.length];
  const report = current ? stuckReport(current, at, migration) : void 0;
  if (!script) {
    const where = current ? ` while replaying ${current.version}` : "";
    return {
      finding: finding(
        "timeout",
        `the replay ran past ${budget}${where}; it was stopped, and nothing after it was replayed${next}`,
        {
          version: current?.version
        }
      ),
      report
    };
  }
  const which = at.script === -1 ? "the baseline" : `the ${at.script % 2 === 0 ? "up" : "down"} of ${migration?.version}`;
  const again = !at.again ? "" : current === migration ? " (run again after its down)" : " (run again to rebuild the database after a down left it wrong)";
  const version = migration?.version;
  if (at.phase !== 2 /* Statement */) {
    return {
      finding: finding(
        "timeout",
        `lockstep's own checks after ${which} (${script.file}) ran past ${budget}; the replay was stopped, and nothing after it was replayed${next}`,
        { version, file: script.file }
      ),
      report
    };
  }
  const chunk = script.chunks[at.chunk] ?? script.chunks[0];
  const sql = chunk ? rewrite ? rewrite(chunk.sql) : chunk.sql : "";
  const start = skipTrivia(sql, at.offset);
  const { line, column } = chunk ? positionIn(sql, start, chunk) : { line: 1, column: 1 };
  const statement = quoteStatement(sql.slice(start, at.offset + at.length));
  return {
    finding: finding(
      "timeout",
      `a statement of ${which}${again} ran past ${budget} at ${script.file}:${line}:${column} (${statement}): it was stopped, and the migrations after it were not replayed; make it finish (a recursive query needs a condition that ends it)${next}`,
      { version, file: script.file, line, column }
    ),
    report
  };
}
function stuckReport(current, at, running) {
  const report = {
    version: current.version,
    name: current.name,
    files: current.files,
    up: "not-run",
    down: "not-run",
    redo: "not-run",
    ms: 0
  };
  if (running !== current) return report;
  if (at.script % 2 === 0 && !at.again) report.up = "failed";
  else if (at.script % 2 === 0) {
    report.up = "ok";
    report.down = "ok";
  } else {
    report.up = "ok";
    report.down = "failed";
  }
  return report;
}

export {
  codeTicks,
  escapeMarkdown,
  escapeProse,
  foldCase,
  diffSchemas,
  isEmptyDiff,
  changedTables,
  serializeSchema,
  makeSchema,
  schemaOf,
  renderDiffText,
  renderDiffMarkdown,
  summarizeDiff,
  SchemaReader,
  openDatabaseBytes,
  WHOLE_DATABASE,
  scopeOfStep,
  noteTransactionControl,
  ReplayState,
  verifyDown,
  checkIntegrity,
  quoteStatement,
  isBlank,
  SLOTS,
  scriptIds,
  readPosition,
  timeoutFinding
};
