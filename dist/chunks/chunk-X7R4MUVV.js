import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";
import {
  excerpt
} from "./chunk-CUGJOLQ7.js";
import {
  finding
} from "./chunk-J4JBNE5M.js";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text2.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text2.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options);
  return currentParent[0];
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString2(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString2(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray2() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray2();
      case 1:
        return parseObject();
      case 10:
        return parseString2(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex2 = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex2 >= 48 && hex2 <= 57 ? hex2 - 48 : (
              /* A-F */
              hex2 >= 65 && hex2 <= 70 ? hex2 - 65 + 10 : (
                /* a-f */
                hex2 >= 97 && hex2 <= 102 ? hex2 - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit2(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit2(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit2(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit2(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit2(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit2(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse3(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/core/discovery/config-text.ts
var ENVIRONMENT = "the environment";
function lineMatching(text2, pattern2) {
  const lines = text2.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(#|\/\/|--|;)/.test(line)) continue;
    if (pattern2.test(line)) return i + 1;
  }
  return void 0;
}
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function joinInRepo(folder, written) {
  const path = written.trim().replace(/\\/g, "/");
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return void 0;
  const parts = folder === "" ? [] : folder.split("/");
  for (const part2 of path.split("/")) {
    if (part2 === "" || part2 === ".") continue;
    if (part2 === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(part2);
  }
  return parts.join("/") || ".";
}
function readEnvFile(text2) {
  const vars = /* @__PURE__ */ new Map();
  text2.split("\n").forEach((raw, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(raw);
    if (!m) return;
    let value = m[2];
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2];
    else value = value.replace(/\s+#.*$/, "");
    vars.set(m[1], { value, line: i + 1 });
  });
  return vars;
}
function dialectOfUrl(url) {
  const s = /^(?:jdbc:)?([a-z0-9]+)[+:]/i.exec(url.trim())?.[1]?.toLowerCase();
  if (!s) return { dialect: "unstated" };
  if (/^(sqlite|sqlite3|file|libsql|turso|d1)$/.test(s)) return { dialect: "sqlite" };
  const names = {
    postgres: "PostgreSQL",
    postgresql: "PostgreSQL",
    pg: "PostgreSQL",
    mysql: "MySQL",
    mariadb: "MariaDB",
    sqlserver: "SQL Server",
    mssql: "SQL Server",
    oracle: "Oracle",
    clickhouse: "ClickHouse",
    cockroachdb: "CockroachDB"
  };
  return names[s] ? { dialect: "other", name: names[s] } : { dialect: "unstated" };
}
function parseToml(text2) {
  try {
    return parse3(text2);
  } catch {
    return void 0;
  }
}
function parseJsonc(text2) {
  const errors = [];
  const value = parse2(text2, errors, { allowTrailingComma: true });
  return errors.length === 0 ? value : void 0;
}
function lineOfSetting(text2, key, value) {
  const k = escapeRegExp(key);
  if (value !== void 0) {
    const line = lineMatching(
      text2,
      new RegExp(`["']?${k}["']?\\s*[=:]\\s*["'\`]${escapeRegExp(value)}["'\`]`)
    );
    if (line) return line;
  }
  return lineMatching(text2, new RegExp(`(^|[\\s{,.])["']?${k}["']?\\s*[=:]`));
}
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/core/layouts/source.ts
function emptyResult() {
  return { entries: [], findings: [], claimed: /* @__PURE__ */ new Set() };
}
function baseName(rel) {
  return rel.slice(rel.lastIndexOf("/") + 1);
}
function dirName(rel) {
  const slash = rel.lastIndexOf("/");
  return slash === -1 ? "" : rel.slice(0, slash);
}
function positionAt(text2, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text2.indexOf("\n"); i !== -1 && i < offset; i = text2.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
function chunkAt(text2, start, end) {
  return { sql: text2.slice(start, end), ...positionAt(text2, start) };
}
function wholeFile(text2) {
  return text2 === "" ? [] : [chunkAt(text2, 0, text2.length)];
}
function script(file, chunks, transaction) {
  return { file: file.display, chunks, transaction };
}
function upOnlyEntry(file, label, split, transaction, findings) {
  const match = /^(\d+)_(.*)$/.exec(label);
  const version = match?.[1] ?? label;
  const entry = {
    migration: { version, name: match?.[2] ?? label, files: [file.display] },
    rels: [file.rel],
    sortName: label
  };
  if (file.text === void 0) findings.push(unreadableFinding(file, version));
  else entry.migration.up = script(file, split(file.text), transaction);
  return entry;
}
function unreadableFinding(file, version) {
  return finding(
    "parse-error",
    `${file.display} cannot be read as a migration: ${file.unreadable ?? "it has no text"}. Save it as UTF-8 text, or add it to \`exclude\` if it is not a migration.`,
    { file: file.display, ...version === void 0 ? {} : { version } }
  );
}
var CODE_STEP = /^(\d+)_(.+)\.(go|js|mjs|cjs|ts|mts|py)$/;
var ANY_CODE = ["go", "js", "mjs", "cjs", "ts", "mts", "py"];
function looksLikeCodeStep(name) {
  return CODE_STEP.test(name) && !/_test\.go$|\.d\.ts$|\.(test|spec)\.[jt]s$/.test(name);
}
function codeStep(file, kinds) {
  const name = baseName(file.rel);
  const match = CODE_STEP.exec(name);
  if (!match || !looksLikeCodeStep(name) || !kinds.includes(match[3] ?? "")) return void 0;
  return {
    migration: { version: match[1] ?? "", name: match[2] ?? "", files: [file.display], code: file.display },
    rels: [file.rel],
    sortName: name
  };
}
function linesOf(text2) {
  const lines = [];
  let start = 0;
  for (; ; ) {
    const end = text2.indexOf("\n", start);
    lines.push({ text: text2.slice(start, end === -1 ? text2.length : end), start });
    if (end === -1) return lines;
    start = end + 1;
  }
}

// src/core/tools/python-text.ts
var STRING = /^(?:[rRuUbB]{0,2})("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/;
function moduleAssignment(text2, name) {
  const head = new RegExp(`^${name}\\s*(?::[^=\\n]*)?=(?!=)`, "m");
  const match = head.exec(text2);
  if (!match) return void 0;
  const start = match.index + match[0].length;
  const value = readValue(text2, start);
  const { line } = positionAt(text2, match.index);
  if (!value || !/^[ \t]*(#[^\n]*)?(\n|$)/.test(text2.slice(value.end))) return "unreadable";
  return { value: value.value, line };
}
function readValue(text2, from) {
  let at = skipBlank(text2, from);
  if (text2.startsWith("None", at) && !/\w/.test(text2[at + 4] ?? "")) return { value: null, end: at + 4 };
  const quoted = STRING.exec(text2.slice(at));
  if (quoted) {
    const raw = quoted[1];
    const inner = raw.startsWith('"""') || raw.startsWith("'''") ? raw.slice(3, -3) : raw.slice(1, -1);
    return { value: inner.replace(/\\(["'\\])/g, "$1"), end: at + quoted[0].length };
  }
  const open = text2[at];
  if (open !== "(" && open !== "[") return void 0;
  const close = open === "(" ? ")" : "]";
  const items = [];
  at++;
  for (; ; ) {
    at = skipBlank(text2, at);
    if (text2[at] === close) return { value: items, end: at + 1 };
    const item = readValue(text2, at);
    if (!item) return void 0;
    items.push(item.value);
    at = skipBlank(text2, item.end);
    if (text2[at] === ",") at++;
    else if (text2[at] !== close) return void 0;
  }
}
function skipBlank(text2, from) {
  let at = from;
  for (; ; ) {
    while (at < text2.length && /[ \t\r\n\\]/.test(text2[at])) at++;
    if (text2[at] !== "#") return at;
    while (at < text2.length && text2[at] !== "\n") at++;
  }
}
function stringsOf(value) {
  if (value === null) return [];
  if (typeof value === "string") return [value];
  return value.flatMap(stringsOf);
}
function docstringTitle(text2) {
  const match = /^\s*(?:[rRuU]?)("""|''')\s*([^\n]*?)\s*(?:\1|\n)/.exec(text2);
  const title = match?.[2]?.trim();
  return title ? title : void 0;
}
function functionBody(text2, name) {
  const head = new RegExp(`^def ${name}\\s*\\([^)]*\\)[^:\\n]*:[ \\t]*(.*)$`, "m");
  const match = head.exec(text2);
  if (!match) return void 0;
  const { line } = positionAt(text2, match.index);
  const inline = (match[1] ?? "").replace(/#.*$/, "").trim();
  if (inline !== "") return { line, empty: /^(pass|\.\.\.)$/.test(inline) };
  const body = [];
  for (const raw of text2.slice(match.index + match[0].length + 1).split("\n")) {
    if (raw.trim() !== "" && !/^[ \t]/.test(raw)) break;
    body.push(raw);
  }
  const code = body.join("\n").replace(/("""|''')[\s\S]*?\1/g, "").split("\n").map((l) => l.replace(/#.*$/, "").trim()).filter((l) => l !== "" && l !== "pass" && l !== "...");
  return { line, empty: code.length === 0 };
}

// src/core/version.ts
function compareVersions(a, b) {
  const left = versionParts(a);
  const right = versionParts(b);
  const length = Math.max(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const order = comparePart(left[i] ?? "0", right[i] ?? "0");
    if (order !== 0) return order;
  }
  return 0;
}
function compareText(a, b) {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
function versionKey(version) {
  const parts = versionParts(version).map((part2) => isDigits(part2) ? integerText(part2) : part2);
  while (parts.length > 1 && parts[parts.length - 1] === "0") parts.pop();
  return parts.join(".");
}
function isDigits(text2) {
  return /^\d+$/.test(text2);
}
function versionParts(version) {
  return version.split(/[._/]/);
}
function integerText(digits) {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}
function comparePart(a, b) {
  const aNumber = isDigits(a);
  const bNumber = isDigits(b);
  if (aNumber && bNumber) {
    const x = integerText(a);
    const y = integerText(b);
    return x.length !== y.length ? x.length < y.length ? -1 : 1 : compareText(x, y);
  }
  if (aNumber) return -1;
  if (bNumber) return 1;
  return compareText(a, b);
}

// src/core/tools/revision-graph.ts
function topologicalOrder(nodes) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const waiting = /* @__PURE__ */ new Map();
  const children = childrenOf(nodes);
  for (const n of nodes) waiting.set(n.id, new Set(n.parents.filter((p) => byId.has(p))).size);
  const ready = nodes.filter((n) => waiting.get(n.id) === 0);
  const order = [];
  while (ready.length > 0) {
    ready.sort((a, b) => compareText(a.sortName, b.sortName));
    const next = ready.shift();
    order.push(next);
    for (const child of children.get(next.id) ?? []) {
      const left = (waiting.get(child.id) ?? 0) - 1;
      waiting.set(child.id, left);
      if (left === 0) ready.push(child);
    }
  }
  const done = new Set(order);
  const cyclic = nodes.filter((n) => !done.has(n)).sort((a, b) => compareText(a.sortName, b.sortName));
  return { order, cyclic };
}
function childrenOf(nodes) {
  const children = /* @__PURE__ */ new Map();
  for (const n of [...nodes].sort((a, b) => compareText(a.sortName, b.sortName)))
    for (const p of new Set(n.parents)) children.set(p, [...children.get(p) ?? [], n]);
  return children;
}
function oneCycle(cyclic) {
  const byId = new Map(cyclic.map((n) => [n.id, n]));
  for (const start of cyclic) {
    const path = [];
    let at = start;
    while (at && !path.includes(at.id)) {
      path.push(at.id);
      at = at.parents.map((p) => byId.get(p)).find((p) => p !== void 0);
    }
    if (at) return [...path.slice(path.indexOf(at.id)), at.id].reverse();
  }
  return void 0;
}
function descendants(id, children) {
  const seen = /* @__PURE__ */ new Set([id]);
  const queue = [id];
  while (queue.length > 0) {
    for (const c of children.get(queue.shift()) ?? [])
      if (!seen.has(c.id)) {
        seen.add(c.id);
        queue.push(c.id);
      }
  }
  return seen;
}

// src/core/tools/alembic-graph.ts
var MULTIPLE_HEADS = `"Multiple head revisions are present for given argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads"`;
var REVISION_FILE = /^(?!\.#|__init__).*\.py$/;
var LEGACY = /^([a-f0-9]+)\.py$/;
function isRevisionFile(rel) {
  return !rel.includes("/") && REVISION_FILE.test(rel);
}
function values(file, text2, name, findings) {
  const found = moduleAssignment(text2, name);
  if (found !== "unreadable") return found;
  findings.push(
    finding(
      "parse-error",
      `${file.display}: \`${name}\` is not a literal lockstep can read without running Python (a string, a tuple of strings or None). Write it as Alembic's template does.`,
      { file: file.display }
    )
  );
  return void 0;
}
function readRevision(file, findings) {
  const text2 = file.text;
  const revision = values(file, text2, "revision", findings);
  const down = values(file, text2, "down_revision", findings);
  const id = typeof revision?.value === "string" ? revision.value : LEGACY.exec(baseName(file.rel))?.[1];
  if (!id) {
    findings.push(
      finding(
        "parse-error",
        `${file.display} has no \`revision = "\u2026"\`: Alembic refuses the whole versions folder for it ("Could not determine revision id from filename"). Add the revision id, or move the file out of the folder.`,
        { file: file.display }
      )
    );
    return void 0;
  }
  const strings = (name) => stringsOf(values(file, text2, name, findings)?.value ?? null);
  return {
    file,
    revision: id,
    parents: stringsOf(down?.value ?? null),
    dependsOn: strings("depends_on"),
    labels: strings("branch_labels"),
    line: revision?.line ?? 1,
    parentLine: down?.line ?? revision?.line ?? 1
  };
}
function readRevisions(files, applied = /* @__PURE__ */ new Set()) {
  const result = emptyResult();
  const revisions = [];
  for (const file of files) {
    if (!isRevisionFile(file.rel)) continue;
    result.claimed.add(file.rel);
    if (file.text === void 0) {
      result.findings.push(unreadableFinding(file));
      continue;
    }
    const read = readRevision(file, result.findings);
    if (read) revisions.push(read);
  }
  const nodes = revisions.map((r) => ({ ...r, id: r.revision, sortName: baseName(r.file.rel) }));
  const { order, cyclic } = topologicalOrder(nodes);
  result.findings.push(...graphFindings(nodes, cyclic, applied));
  for (const r of [...order, ...cyclic]) {
    const migration = toMigration(r, result.findings);
    result.entries.push({ migration, rels: [r.file.rel], sortName: r.sortName });
  }
  return { result, revisions };
}
function toMigration(r, findings) {
  const text2 = r.file.text;
  const stem = baseName(r.file.rel).replace(/\.py$/, "");
  const at = stem.indexOf(`${r.revision}_`);
  const name = at === -1 ? docstringTitle(text2) ?? stem : stem.slice(at + r.revision.length + 1);
  const parent = r.parents.length === 0 ? "base" : r.parents.join(",");
  const down = r.parents.length > 1 ? r.parents[0] : `${r.revision}@-1`;
  const downgrade = functionBody(text2, "downgrade");
  const upgrade = functionBody(text2, "upgrade");
  if (!downgrade || downgrade.empty && upgrade && !upgrade.empty)
    findings.push(
      finding(
        "down-missing",
        downgrade ? `${r.file.display}:${downgrade.line}: downgrade() of ${r.revision} does nothing, while its upgrade() does: \`alembic downgrade\` past it records the step as undone and leaves its changes in place. Write the downgrade, or say in it why there is none` : `${r.file.display} has no downgrade(): \`alembic downgrade\` past ${r.revision} fails there. Write one`,
        { file: r.file.display, line: downgrade?.line ?? r.line, version: r.revision }
      )
    );
  return {
    version: r.revision,
    name,
    files: [r.file.display],
    code: r.file.display,
    step: { revision: r.revision, parent, down }
  };
}
var where = (r, line = r.parentLine) => `${r.file.display}:${line}`;
function graphFindings(nodes, cyclic, applied) {
  const byId = new Map(nodes.map((n) => [n.revision, n]));
  const labels = new Set(nodes.flatMap((n) => n.labels));
  const out = [];
  for (const n of nodes) {
    for (const [kind, ids] of [
      ["down_revision", n.parents],
      ["depends_on", n.dependsOn]
    ]) {
      for (const id of ids) {
        if (byId.has(id) || applied.has(id) || kind === "depends_on" && labels.has(id)) continue;
        out.push(
          finding(
            "missing-parent",
            `${where(n)}: ${n.revision}'s ${kind} names ${id}, which no revision in this folder has: Alembic warns "Revision ${id} referenced from ${n.parents.join(", ") || "<base>"} -> ${n.revision} \u2026 is not present" and every command that loads the history then fails (KeyError: '${id}'). Restore the revision ${id}, or point ${kind} at the revision this one follows.`,
            { file: n.file.display, line: n.parentLine, version: n.revision }
          )
        );
      }
    }
  }
  const cycle = oneCycle(cyclic.map((n) => ({ ...n, id: n.revision, sortName: baseName(n.file.rel) })));
  if (cycle) {
    const first = byId.get(cycle[0]);
    out.push(
      finding(
        "revision-cycle",
        `${where(first)}: the down_revisions go round in a circle (${cycle.join(" -> ")}): Alembic refuses the history ("Cycle is detected in revisions (${[...new Set(cycle)].sort().join(", ")})"). Point one of them at the revision it really follows.`,
        { file: first.file.display, line: first.parentLine, version: first.revision }
      )
    );
  }
  out.push(...forks(nodes, applied));
  return out;
}
function headsOf(nodes) {
  const named = new Set(nodes.flatMap((n) => n.parents));
  return nodes.filter((n) => !named.has(n.revision)).map((n) => n.revision);
}
function forks(nodes, applied) {
  const graph = nodes.map((n) => ({ ...n, id: n.revision, sortName: baseName(n.file.rel) }));
  const children = childrenOf(graph);
  const heads = new Set(headsOf(nodes));
  const out = [];
  for (const [parent, kids] of children) {
    const open = kids.filter((k) => k.labels.length === 0);
    if (open.length < 2) continue;
    const reach = open.map((k) => [...descendants(k.id, children)].filter((id) => heads.has(id)));
    const all = new Set(reach.flat());
    if (all.size < 2) continue;
    const pair3 = [...open.slice(0, 2)].sort(
      (x, y) => Number(!applied.has(x.revision)) - Number(!applied.has(y.revision))
    );
    const [a, b] = pair3;
    const aHead = reach[open.indexOf(a)]?.sort()[0] ?? a.revision;
    const shown = [...all].sort();
    out.push(
      finding(
        "multiple-heads",
        `${where(a)} and ${where(b)} both name ${parent} as their down_revision: two branches each added the next revision, and the history has ${shown.length} heads (${shown.join(", ")}). \`alembic upgrade head\` refuses it: ${MULTIPLE_HEADS}. Point ${b.revision}'s down_revision at ${aHead}, the head of the other line (\`lockstep renumber\` does it), or add a merge revision with \`alembic merge heads\`.`,
        { file: b.file.display, line: b.parentLine, version: b.revision }
      )
    );
  }
  return out;
}
function parentsOf(m) {
  const parent = m.step?.parent;
  return !parent || parent === "base" ? [] : parent.split(",");
}
function afterApplied(set, applied, versions) {
  if (!applied) return [];
  const base = applied.migrations.map((m) => ({ revision: m.version, parents: parentsOf(m), m }));
  const heads = headsOf(base);
  const inSet = new Set(set.migrations.map((m) => m.version));
  const out = [];
  for (const m of set.migrations) {
    if (versions.has(m.version)) continue;
    const parents = parentsOf(m);
    for (const p of parents) {
      if (!versions.has(p) || heads.includes(p)) continue;
      const taken = base.filter((b) => b.parents.includes(p) && b.revision !== m.version);
      if (taken.length === 0 || taken.some((t) => inSet.has(t.revision))) continue;
      const other = taken[0];
      const head = heads.length === 1 ? heads[0] : heads.join(", ");
      out.push(
        finding(
          "multiple-heads",
          `${m.files[0]} is new and its down_revision is ${p}, but the base already has ${other.revision} (${other.m.files[0]}) after ${p}, merged first: once both are in, the history has two heads and \`alembic upgrade head\` refuses it: ${MULTIPLE_HEADS}. Point its down_revision at ${head}, the base's head (\`lockstep renumber\` does it), or merge the base and add a merge revision with \`alembic merge heads\`.`,
          { file: m.files[0], version: m.version }
        )
      );
    }
  }
  return out;
}

// src/core/tools/tracked-rows.ts
import { createHash } from "node:crypto";
function text(cell) {
  if (cell === null || cell === void 0) return "";
  if (cell instanceof Uint8Array) return Buffer.from(cell).toString("utf8");
  return String(cell);
}
function numeric(version) {
  return /^\d+$/.test(version) ? version.replace(/^0+(?=\d)/, "") : version;
}
function folderName(path) {
  const parts = path.split("/");
  return parts[parts.length - 2] ?? "";
}
function upFile(m) {
  return m.up?.file ?? m.files[0] ?? "";
}
function keyed(rows, key = (k) => k) {
  return rows.map((row) => ({ key: key(text(row[0])) }));
}
function hex(cell) {
  if (cell instanceof Uint8Array) return Buffer.from(cell).toString("hex");
  return text(cell).toLowerCase();
}
var sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
var sha384 = (bytes) => createHash("sha384").update(bytes).digest("hex");
var crcTable;
function crcTableOf() {
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    return c >>> 0;
  });
  return crcTable;
}
function flywayChecksum(bytes) {
  let body = Buffer.from(bytes).toString("utf8");
  if (body.startsWith("\uFEFF")) body = body.slice(1);
  const table = crcTableOf();
  let crc = 4294967295;
  const lines = body.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  for (const line of lines)
    for (const byte of Buffer.from(line, "utf8")) crc = table[(crc ^ byte) & 255] ^ crc >>> 8;
  return String(crc ^ 4294967295 | 0);
}
function truthy(cell) {
  const t = text(cell).toLowerCase();
  return t !== "" && t !== "0" && t !== "false" && t !== "f";
}

// src/core/tools/alembic-applied.ts
function headsAndAncestors(rows, set) {
  const byRevision = new Map(set.migrations.map((m) => [revisionOf(m), m]));
  const heads = rows.map((r) => text(r[0]));
  const applied = /* @__PURE__ */ new Map();
  const gaps = [];
  const stack = heads.map((revision) => ({ revision }));
  while (stack.length > 0) {
    const at = stack.pop();
    if (applied.has(at.revision)) continue;
    applied.set(at.revision, { key: at.revision });
    const m = byRevision.get(at.revision);
    if (m) stack.push(...parentsOf(m).map((revision) => ({ revision, child: m })));
    else gaps.push(at);
  }
  if (gaps.length === 0) return [...applied.values()];
  const nodes = set.migrations.map((m) => ({
    id: revisionOf(m),
    parents: parentsOf(m),
    sortName: m.files[0] ?? ""
  }));
  const children = childrenOf(nodes);
  const later = new Set(heads.flatMap((h) => [...descendants(h, children)]));
  const unknown = set.migrations.map(revisionOf).filter((r) => !applied.has(r) && !later.has(r));
  const gapIds = gaps.map((g) => escapeControl(g.revision)).join(", ");
  const reason = `its way to the database's head may go through ${gapIds}, whose file is gone`;
  const unplaced = unknown.length ? ` lockstep cannot tell whether ${unknown.map(escapeControl).join(", ")} ${unknown.length === 1 ? "is" : "are"} applied (listed as unknown): the way from the head down to ${unknown.length === 1 ? "it" : "them"} goes through the missing file.` : "";
  for (const g of gaps) {
    const row = applied.get(g.revision);
    const id = escapeControl(g.revision);
    row.missing = g.child ? `${id} has no file, though the database's head descends from it (${escapeControl(g.child.files[0] ?? revisionOf(g.child))} names it as down_revision), so it is applied: Alembic warns "Revision ${id} referenced from \u2026 -> ${escapeControl(revisionOf(g.child))} \u2026 is not present" and every command that loads the history fails (KeyError: '${id}').${unplaced} Restore the file from git history` : `alembic_version holds ${id}, but no migration file has it: Alembic refuses every command ("Can't locate revision identified by '${id}'") until the revision's file is back.${unplaced} Restore the file from git history, or check out the branch that upgraded this database`;
  }
  return [...applied.values(), ...unknown.map((key) => ({ key, unknown: reason }))];
}
var revisionOf = (m) => m.step?.revision ?? m.version;

// src/core/tools/alembic-renumber.ts
function planRepoint(set, applied) {
  const base = applied?.migrations ?? [];
  const versions = new Set(base.map((m) => m.version));
  const all = [...base, ...set.migrations.filter((m) => !versions.has(m.version))];
  const graph = all.map((m) => ({ revision: m.version, parents: parentsOf(m) }));
  const fresh = set.migrations.filter((m) => !versions.has(m.version));
  const stale = fresh.filter(
    (m) => parentsOf(m).some(
      (p) => versions.has(p) && base.some((b) => b.version !== m.version && parentsOf(b).includes(p))
    )
  );
  if (stale.length === 0) return { rewrites: [] };
  const merges = all.find((m) => parentsOf(m).length > 1);
  const heads = headsOf(graph.filter((g) => versions.has(g.revision)));
  if (merges || heads.length !== 1)
    return {
      rewrites: [],
      refused: merges ? `this history joins branches with merge revisions (${merges.files[0]} has a down_revision tuple): merge the base and run \`alembic merge heads\`, then \`lockstep lock\`` : `the base has ${heads.length} heads (${heads.join(", ")}): join them with \`alembic merge heads\` on the base first`
    };
  const head = heads[0];
  return {
    rewrites: stale.map((m) => ({
      file: m.code ?? m.files[0],
      from: parentsOf(m)[0],
      to: head
    }))
  };
}
function repointedText(text2, from, to) {
  const found = moduleAssignment(text2, "down_revision");
  if (!found || found === "unreadable" || typeof found.value !== "string") return void 0;
  const { line } = found;
  const lines = text2.split("\n");
  const old = lines[line - 1];
  const next = old.replace(
    new RegExp(`(["'])${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\1`),
    `$1${to}$1`
  );
  if (next === old) return void 0;
  lines[line - 1] = next;
  return { text: lines.join("\n"), line };
}

// src/core/tools/alembic.ts
var REPO = "https://github.com/sqlalchemy/alembic/blob/main";
var DOCS = "https://alembic.sqlalchemy.org/en/latest";
var REVISION_LINE = /^revision\s*(?::[^=\n]*)?=\s*["']/m;
var WRITE = "`alembic revision -m NAME` (it sets down_revision to the current head)";
var alembic = {
  id: "alembic",
  name: "Alembic",
  title: "Alembic",
  detect: {
    priority: 6,
    evidence: (files) => files.filter(
      ({ name, folder, file }) => folder === "" && isRevisionFile(name) && REVISION_LINE.test(file.text ?? "") && /down_revision/.test(file.text ?? "")
    ).length,
    reason: () => "Alembic revisions (`revision` and `down_revision` in each .py file), ordered by the down_revision graph"
  },
  reads: { files: "the `*.py` revision files of the versions folder (not sub-folders, not `__init__.py`)" },
  read: (files, context) => readRevisions(files, context.applied).result,
  order: { by: "listed", how: "Alembic applies revisions along the down_revision graph, from the root" },
  downs: "always",
  // SQLite's impl has transactional_ddl = False, so begin_transaction(_per_migration=True) opens one per revision.
  transaction: {
    wraps: "each-file",
    optOut: "run the statements inside `with op.get_context().autocommit_block():`",
    // pysqlite begins the revision's transaction at its first INSERT, UPDATE or DELETE, not at BEGIN: a
    // PRAGMA before those takes effect, one after them does nothing; autocommit_block() commits first.
    // Batch mode's docs: the pragma "must be disabled when the workflow mode proceeds" (batch.html).
    foreignKeysOff: 'Alembic\'s batch mode and a hand-written rebuild both need foreign keys off while the table is dropped ("must be disabled", says its batch documentation): put `op.execute("PRAGMA foreign_keys=OFF")` before the rebuild and `op.execute("PRAGMA foreign_keys=ON")` after it, each inside `with op.get_context().autocommit_block():` (inside the revision\'s transaction, which begins at its first INSERT, UPDATE or DELETE, the PRAGMA does nothing)'
  },
  graph: { afterApplied },
  // Alembic 1.8–1.16: ScriptDirectory and RevisionMap (alembic/script/base.py, revision.py).
  applied: {
    outOfOrder: {
      does: 'orders revisions by down_revision, not by name: a new revision whose down_revision is not the head makes a second head, and `alembic upgrade head` refuses to run ("Multiple head revisions are present")',
      source: `${REPO}/alembic/script/base.py`
      // _catch_revision_errors(): "Multiple head revisions are present …"
    },
    duplicate: {
      does: 'warns "Revision \u2026 is present more than once" and keeps only the file it loaded last',
      source: `${REPO}/alembic/script/revision.py`
      // RevisionMap._revision_map: util.warn(… more than once)
    },
    renamed: {
      does: 'knows a revision by its `revision` id, not its file name: a renamed file is the same revision; a changed id is a new revision whose old id databases still record, and Alembic stops with "Can\'t locate revision identified by \u2026"',
      source: `${REPO}/alembic/script/base.py`
      // _catch_revision_errors(): "Can't locate revision identified by '%s'"
    },
    edited: {
      does: "keeps no checksum (alembic_version holds only the head ids): an edited applied revision is not run again and the edit goes unnoticed",
      source: `${REPO}/alembic/runtime/migration.py`
      // MigrationContext: version_table "alembic_version", one version_num column
    },
    deleted: {
      does: `stops every command on databases that recorded it: "Can't locate revision identified by \u2026"`,
      source: `${REPO}/alembic/script/base.py`
      // _catch_revision_errors(): ResolutionError of an unknown id
    }
  },
  configs: [
    {
      shown: "alembic.ini",
      matches: (name) => name === "alembic.ini",
      sources: ["env.py"],
      read: readAlembicIni
    }
  ],
  tracking: {
    tables: ["alembic_version"],
    stores: "one row per head: `version_num`, the revision id the database is at; an upgrade replaces it, a downgrade puts back the down_revision",
    source: `${REPO}/alembic/runtime/migration.py`,
    // MigrationContext: version_table defaults to "alembic_version"
    reader: {
      table: "alembic_version",
      query: "SELECT version_num FROM alembic_version",
      rows: headsAndAncestors,
      key: (m) => m.step?.revision ?? m.version,
      missing: `Alembic refuses every command: "Can't locate revision identified by 'REVISION'" until the revision's file is back`,
      source: `${REPO}/alembic/runtime/migration.py`
      // MigrationContext.get_current_heads(): the heads only
    }
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 4 },
    repoint: { plan: planRepoint, text: repointedText },
    refuse: {
      new: `is an Alembic versions folder: run ${WRITE}, then \`lockstep lock\``,
      renumber: "is an Alembic versions folder, ordered by down_revision: lockstep renumber rewrites a new revision's down_revision to the base's head",
      change: WRITE,
      clash: "give the new revision an id of its own (`alembic revision` makes one), then `lockstep lock`",
      early: "point its down_revision at the base's head (`lockstep renumber` does it), or add a merge revision with `alembic merge heads`"
    }
  },
  // Alembic's CLI: `-x` values reach env.py through context.get_x_argument(); env.py must read `db` from it
  // (the recipe in get_x_argument's docs). `<rev>@-1` walks back one step on that revision's own branch.
  code: true,
  runner: {
    up: "alembic -x db=sqlite:///{db} upgrade {revision}",
    down: "alembic -x db=sqlite:///{db} downgrade {down}",
    to: "alembic -x db=sqlite:///{db} upgrade {revision}",
    placeholders: ["revision", "down"],
    source: `${DOCS}/tutorial.html#relative-migration-identifiers`
  }
};
function iniValue(text2, key) {
  let section = "";
  const lines = text2.split("\n");
  for (const [i, raw] of lines.entries()) {
    const head = /^\s*\[([^\]]+)\]/.exec(raw);
    if (head) section = head[1].trim();
    const kv = new RegExp(`^${key}\\s*=\\s*(.*?)\\s*$`).exec(raw);
    if (kv && section === "alembic") return { value: kv[1], line: i + 1 };
  }
  return void 0;
}
function readAlembicIni(config, sources) {
  const location = iniValue(config.text, "script_location");
  if (!location) return [];
  const folder = folderOf(config.path);
  const written = location.value.replace(/^%\(here\)s\/?/, "") || ".";
  if (written.includes(":")) return [];
  const versions = iniValue(config.text, "version_locations");
  const dir = versions && !/[\s:;,]/.test(versions.value.replace(/^%\(here\)s\/?/, "")) ? joinInRepo(folder, versions.value.replace(/^%\(here\)s\/?/, "")) : joinInRepo(folder, `${written}/versions`);
  const evidence = [
    { file: config.path, line: location.line, says: `says script_location = ${location.value}` }
  ];
  if (versions)
    evidence.push({
      file: config.path,
      line: versions.line,
      says: `says version_locations = ${versions.value}`
    });
  const url = iniValue(config.text, "sqlalchemy.url");
  const named = url?.value ? dialectOfUrl(url.value) : { dialect: "unstated" };
  if (url) evidence.push({ file: config.path, line: url.line, says: `says sqlalchemy.url = ${url.value}` });
  if (!url?.value) {
    const env = sources.find((s) => s.path === joinInRepo(folder, `${written}/env.py`));
    const set = env?.text.split("\n").findIndex((l) => /set_main_option\(\s*["']sqlalchemy\.url["']/.test(l));
    if (env && set !== void 0 && set !== -1)
      evidence.push({ file: env.path, line: set + 1, says: "sets sqlalchemy.url at run time" });
  }
  return [
    {
      dir,
      written,
      layout: "alembic",
      tool: "Alembic",
      dialect: named.dialect,
      ...named.name ? { dialectName: named.name } : {},
      evidence
    }
  ];
}

// src/core/layouts/naming.ts
function isNumbered(version) {
  return /^\d+(?:[._]\d+)*$/.test(version);
}
var DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d/;
function schemeOf(version) {
  if (/^\d{14}$/.test(version) && DATE.test(version)) return { kind: "timestamp", digits: 14 };
  if (/^\d{23}$/.test(version) && DATE.test(version)) return { kind: "timestamp", digits: 23 };
  return { kind: "sequential", width: version.length };
}
function timestampOf(now, digits) {
  const two = (n) => String(n).padStart(2, "0");
  const stamp = `${now.getUTCFullYear()}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}${two(now.getUTCHours())}${two(now.getUTCMinutes())}${two(now.getUTCSeconds())}`;
  return digits === 14 ? stamp : `${stamp}${String(now.getUTCMilliseconds()).padStart(3, "0")}000000`;
}
function increment(version) {
  const match = /^(.*?)(\d+)$/.exec(version);
  if (!match) return `${version}1`;
  const digits = match[2] ?? "0";
  return `${match[1]}${(BigInt(digits) + 1n).toString().padStart(digits.length, "0")}`;
}
function nextVersion(scheme, after, now) {
  if (scheme.kind === "timestamp") {
    const stamp = timestampOf(now, scheme.digits);
    return after === void 0 || compareVersions(stamp, after) > 0 ? stamp : increment(after);
  }
  return after === void 0 ? "1".padStart(scheme.width, "0") : increment(after);
}
function sanitizeName(name) {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
}
var UP = "Write the SQL that makes this change.";
var DOWN = "Write the SQL that undoes the up exactly: afterwards the schema must be as it was before the up (lockstep replay checks it).";
var NO_DOWN = "This layout has no down: to undo this change later, add another migration.";
function upTemplate(name, hasDown) {
  return hasDown ? `-- ${name}: up. ${UP}
` : `-- ${name}. ${UP}
-- ${NO_DOWN}
`;
}
function downTemplate(name) {
  return `-- ${name}: down. ${DOWN}
`;
}
function markerFile(up, down) {
  return `${up}
-- ${UP}

${down}
-- ${DOWN}
`;
}
function patternFileName(pattern2, fileName, version, name) {
  const regex = new RegExp(pattern2, "d");
  const match = regex.exec(fileName);
  const spans = match?.indices?.groups;
  const at = spans?.version;
  if (!match || !at) return void 0;
  const edits = [{ span: at, text: version }];
  if (spans.name) edits.push({ span: spans.name, text: name });
  let out = fileName;
  for (const { span, text: text2 } of edits.sort((a, b) => b.span[0] - a.span[0]))
    out = out.slice(0, span[0]) + text2 + out.slice(span[1]);
  const again = regex.exec(out)?.groups;
  if (again?.version !== version) return void 0;
  const direction = match.groups?.direction?.toLowerCase();
  return { fileName: out, down: direction === "down" || direction === "undo" };
}
function renumberedName(fileName, version, next) {
  const at = fileName.indexOf(version);
  return at === -1 ? fileName : fileName.slice(0, at) + next + fileName.slice(at + version.length);
}
function pairedFiles(version, name) {
  return [
    { rel: `${version}_${name}.up.sql`, text: upTemplate(name, true) },
    { rel: `${version}_${name}.down.sql`, text: downTemplate(name) }
  ];
}
function singleFile(version, name) {
  return [{ rel: `${version}_${name}.sql`, text: upTemplate(name, false) }];
}

// src/core/layouts/paired-reader.ts
var PAIRED = /^(\d+)_(.*)\.(down|up)\.sql$/;
var SIMPLE = /^(\d+)_(.+)\.sql$/;
var pairedName = (fileName) => {
  const match = PAIRED.exec(fileName);
  return match ? { version: match[1] ?? "", name: match[2] ?? "", direction: match[3] === "down" ? "down" : "up" } : void 0;
};
var simpleName = (fileName) => {
  if (PAIRED.test(fileName)) return void 0;
  const match = SIMPLE.exec(fileName);
  return match ? { version: match[1] ?? "", name: match[2] ?? "", direction: "up" } : void 0;
};
function anySqlFile(file) {
  const fileName = baseName(file.rel);
  if (!fileName.endsWith(".sql")) return void 0;
  const stem = fileName.slice(0, -".sql".length);
  const match = /^(\d+)_(.*)$/.exec(stem);
  return match ? { version: match[1] ?? "", name: match[2] ?? "", direction: "up" } : { version: stem, name: stem, direction: "up" };
}
var OWN_BEGIN = /^\s*BEGIN(\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\s+TRANSACTION)?\s*;/im;
function readNamed(files, namer, transaction, fallback, codeSteps = []) {
  const result = emptyResult();
  const named = [];
  for (const file of files) {
    const parts = namer(baseName(file.rel)) ?? fallback?.(file);
    if (parts) {
      named.push({ file, ...parts });
      result.claimed.add(file.rel);
      continue;
    }
    const step = codeStep(file, codeSteps);
    if (step) {
      result.entries.push(step);
      result.claimed.add(file.rel);
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (const item of named) {
    const key = versionKey(item.version);
    groups.set(key, [...groups.get(key) ?? [], item]);
  }
  for (const group of groups.values()) pair(group, transaction, result);
  return result;
}
function pair(group, transaction, result) {
  const ups = group.filter((item) => item.direction === "up");
  const downs = group.filter((item) => item.direction === "down");
  const pairs = ups.map((up) => ({ up, down: void 0 }));
  for (const entry of pairs) {
    const index = downs.findIndex((down) => down.name === entry.up.name);
    if (index !== -1) entry.down = downs.splice(index, 1)[0];
  }
  const lonely = pairs.filter((entry) => !entry.down);
  if (lonely.length === 1 && downs.length === 1 && lonely[0]) lonely[0].down = downs.pop();
  for (const { up, down } of pairs) result.entries.push(toEntry(up, down, transaction, result.findings));
  for (const down of downs) {
    result.findings.push(
      finding(
        "parse-error",
        `${down.file.display} is a down migration with no up file of version ${down.version}. Add the matching \`.up.sql\` file, or delete the down file if the migration was removed.`,
        { file: down.file.display, version: down.version }
      )
    );
  }
}
function toEntry(up, down, transaction, findings) {
  const entry = {
    migration: {
      version: up.version,
      name: up.name.replace(/\.+$/, ""),
      files: [up.file.display, ...down ? [down.file.display] : []]
    },
    rels: [up.file.rel, ...down ? [down.file.rel] : []],
    sortName: baseName(up.file.rel)
  };
  for (const [item, direction] of [
    [up, "up"],
    [down, "down"]
  ]) {
    if (!item) continue;
    if (item.file.text === void 0) {
      findings.push(unreadableFinding(item.file, up.version));
      continue;
    }
    entry.migration[direction] = script(item.file, wholeFile(item.file.text), transaction(item.file.text));
  }
  return entry;
}

// src/core/tools/d1.ts
var WRANGLER = "https://github.com/cloudflare/workers-sdk/blob/main/packages/wrangler/src/d1/migrations";
var d1 = {
  id: "d1",
  name: "D1",
  title: "Cloudflare D1",
  // Never detected: its names are plain numbered files.
  // wrangler sends each D1 file as one query, which D1 runs in an implicit transaction.
  reads: { files: "`.sql` files" },
  namesOnly: true,
  // wrangler applies every `*.sql` of the directory, numbered ones first (migrations/helpers.ts getMigrationNames()).
  read: (files) => readNamed(files, simpleName, () => true, anySqlFile),
  order: { by: "number", how: "wrangler sorts the number before the first `_` as a number" },
  downs: "never",
  transaction: {
    wraps: "each-file",
    pragmaIgnored: "D1 always enforces foreign keys and ignores it; `PRAGMA defer_foreign_keys = on` lets a rebuild drop a table others reference without failing their keys, but their ON DELETE CASCADE and SET NULL still fire: copy those child rows aside first and back after the rename"
  },
  // wrangler 4 (checked 4.125): `d1 migrations apply` lists unapplied files by name (migrations/helpers.ts).
  applied: {
    outOfOrder: {
      does: "applies every file whose name is not in d1_migrations, older ones included",
      source: `${WRANGLER}/helpers.ts`
      // getUnappliedMigrationNames()
    },
    duplicate: {
      does: "knows a migration by its file name: two files with one number are two migrations, applied in name order",
      source: `${WRANGLER}/helpers.ts`
      // compareMigrationPaths(): the number, then the name
    },
    renamed: {
      does: "knows a migration by its file name: a renamed file runs again",
      source: `${WRANGLER}/helpers.ts`
      // getUnappliedMigrationNames()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again",
      source: `${WRANGLER}/helpers.ts`
      // getCreateMigrationsTableQuery(): no checksum column
    },
    deleted: {
      does: "applies only names not in d1_migrations: a deleted one goes unnoticed",
      source: `${WRANGLER}/helpers.ts`
      // getUnappliedMigrationNames()
    }
  },
  configs: [
    {
      shown: "wrangler.toml/.json/.jsonc",
      matches: (name) => /^wrangler\.(toml|json|jsonc)$/.test(name),
      read: readWrangler
    }
  ],
  tracking: {
    tables: ["d1_migrations"],
    stores: "one row per applied migration: `id`, `name` (the file name, unique), `applied_at`",
    source: `${WRANGLER}/helpers.ts`,
    // getCreateMigrationsTableQuery(), buildMigrationQuery()
    reader: {
      table: "d1_migrations",
      query: "SELECT name FROM d1_migrations",
      rows: (rows) => keyed(rows),
      key: (m) => baseName(upFile(m)),
      missing: "wrangler applies only files it has no row for and leaves a row whose file is gone alone",
      source: `${WRANGLER}/helpers.ts`
      // getUnappliedMigrations(): files whose name has no row
    }
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 4 },
    files: (version, name) => singleFile(version, name)
  }
};
function readWrangler(config) {
  const value = config.path.endsWith(".toml") ? parseToml(config.text) : parseJsonc(config.text);
  if (!isRecord(value)) return [];
  const scopes = [value, ...isRecord(value.env) ? Object.values(value.env) : []];
  const claims = [];
  for (const scope of scopes) {
    if (!isRecord(scope) || !Array.isArray(scope.d1_databases)) continue;
    for (const db of scope.d1_databases) {
      if (!isRecord(db)) continue;
      const named = typeof db.migrations_dir === "string" ? db.migrations_dir : void 0;
      const written = named ?? "migrations";
      const name = String(db.database_name ?? db.binding ?? "");
      const line = named ? lineOfSetting(config.text, "migrations_dir", named) : lineOfSetting(config.text, "database_name", name) ?? lineOfSetting(config.text, "d1_databases");
      claims.push({
        dir: joinInRepo(folderOf(config.path), written),
        written,
        layout: "d1",
        tool: "D1",
        dialect: "sqlite",
        precedence: 1,
        evidence: [
          {
            file: config.path,
            line: line ?? 1,
            says: named ? `says D1 database "${name}" has migrations_dir "${named}"` : `says D1 database "${name}", with no migrations_dir: wrangler's default is migrations/`
          }
        ]
      });
    }
  }
  return claims;
}

// src/core/layouts/marker-reader.ts
function readMarkerFiles(files, layout) {
  const result = emptyResult();
  for (const file of files) {
    const fileName = baseName(file.rel);
    const parsed = layout.parseName(fileName);
    if (!parsed) {
      const step = codeStep(file, layout.codeSteps);
      if (step) {
        result.entries.push(step);
        result.claimed.add(file.rel);
      }
      continue;
    }
    result.claimed.add(file.rel);
    const entry = {
      migration: { version: parsed.version, name: parsed.name, files: [file.display] },
      rels: [file.rel],
      sortName: fileName
    };
    result.entries.push(entry);
    if (file.text === void 0) {
      result.findings.push(unreadableFinding(file, parsed.version));
      continue;
    }
    const split = layout.split(file.text);
    for (const problem of split.problems) {
      result.findings.push(
        finding(
          "parse-error",
          layout.problemsSayFix ? `${file.display}:${problem.line}: ${problem.message}` : `${file.display}:${problem.line}: ${problem.message}. Fix the ${layout.tool} markers (see the ${layout.tool} documentation) so the tool and lockstep read the file alike.`,
          { file: file.display, line: problem.line, version: parsed.version }
        )
      );
    }
    for (const left of split.dropped ?? []) {
      result.notes ??= [];
      result.notes.push(`${file.display}:${left.line}: ${left.message}`);
    }
    const toScript = (section) => script(file, section.chunks, split.transaction && section.transaction);
    if (split.up) entry.migration.up = toScript(split.up);
    if (split.down) entry.migration.down = toScript(split.down);
  }
  return result;
}

// src/core/tools/dbmate.ts
var UP_MARKER = /^--\s*migrate:up(\s*$|\s+\S+)/m;
var REPO2 = "https://github.com/amacneil/dbmate";
var dbmate = {
  id: "dbmate",
  name: "dbmate",
  title: "dbmate",
  detect: {
    priority: 51,
    compete: true,
    evidence: (files) => files.filter(({ name, file }) => name.endsWith(".sql") && UP_MARKER.test(file.text ?? "")).length,
    reason: () => "SQL files with `-- migrate:up` markers"
  },
  reads: { files: "`.sql` files whose names start with a version (`<digits>\u2026.sql`)" },
  read: (files) => readMarkerFiles(files, {
    tool: "dbmate",
    // dbmate's migrationFileRegexp `^(\d+).*\.sql$`; the version is the leading digits.
    parseName: (file) => {
      const match = /^(\d+)(.*)\.sql$/.exec(file);
      return match ? { version: match[1] ?? "", name: (match[2] ?? "").replace(/^[_-]/, "") } : void 0;
    },
    split: splitDbmate,
    codeSteps: []
  }),
  order: { by: "name-text", how: "dbmate sorts file names as text" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "add `transaction:false` to its `-- migrate:up` / `-- migrate:down` line",
    markOptOut: (text2) => text2.replace(/^(-- migrate:(?:up|down))$/gm, "$1 transaction:false")
  },
  // dbmate v2.35: pkg/dbmate/db.go Migrate() and FindMigrations(); the table in the sqlite driver.
  applied: {
    outOfOrder: {
      does: "applies every migration whose version is not in schema_migrations, older ones included; `--strict` makes it refuse pending migrations older than the newest applied one",
      source: `${REPO2}/blob/main/pkg/dbmate/db.go`
      // Migrate(): the db.Strict check
    },
    duplicate: {
      does: "runs the first file of a version and fails on the second, whose version is already recorded (the primary key); once one is applied, the other counts as applied and never runs",
      source: `${REPO2}/blob/main/pkg/dbmate/db.go`
      // FindMigrations(): Applied looked up by version
    },
    renamed: {
      does: "knows a migration by its version only: a new name part keeps it applied, a new version runs it again",
      source: `${REPO2}/blob/main/pkg/dbmate/db.go`
      // FindMigrations(): appliedMigrations[migration.Version]
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO2}/blob/main/pkg/driver/sqlite/sqlite.go`
      // CreateMigrationsTable(): version only
    },
    deleted: {
      does: "looks only at the files: a deleted one keeps its row in schema_migrations and goes unnoticed",
      source: `${REPO2}/blob/main/pkg/dbmate/db.go`
      // FindMigrations(): the files, each looked up in the applied set
    }
  },
  configs: [{ shown: ".env (DBMATE_)", matches: (name) => name === ".env", read: readDbmateEnv }],
  tracking: {
    tables: ["schema_migrations"],
    stores: "one row per applied migration: `version` (text, primary key)",
    source: `${REPO2}/blob/main/pkg/driver/sqlite/sqlite.go`,
    // CreateMigrationsTable(), InsertMigration()
    reader: {
      table: "schema_migrations",
      query: "SELECT version FROM schema_migrations",
      rows: (rows) => keyed(rows),
      key: (m) => m.version,
      missing: "dbmate ignores a row whose file is gone (`dbmate status` lists files only): the database keeps what it ran",
      source: `${REPO2}/blob/main/pkg/dbmate/db.go`
      // SelectMigrations(), then pending = files not in it
    }
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) => [
      {
        rel: `${version}${shape.separator}${name}.sql`,
        text: markerFile("-- migrate:up", "-- migrate:down")
      }
    ]
  },
  /**
   * dbmate migrates only to the newest file, hence a staged directory; `rollback` reverts the newest
   * applied. `sqlite:` and an absolute path is its form for an absolute file. `migrate` rather than `up`:
   * the file is lockstep's, nothing to create. `--no-dump-schema`: dbmate would write `db/schema.sql`
   * beside the project after each step. The flags outrank a project's `.env` (DATABASE_URL, DBMATE_*),
   * and `--migrations-table` keeps the table the one lockstep leaves out of the schema.
   */
  runner: {
    up: "dbmate --url sqlite:{db} --migrations-dir {dir} --migrations-table schema_migrations --no-dump-schema migrate",
    down: "dbmate --url sqlite:{db} --migrations-dir {dir} --migrations-table schema_migrations --no-dump-schema rollback",
    staged: true,
    source: `${REPO2}/blob/main/README.md`
    // Commands, Options, SQLite URLs; main.go NewApp() for the flags
  }
};
var DBMATE_UP = /^--\s*migrate:up(\s*$|\s+\S+)/gm;
var DBMATE_DOWN = /^--\s*migrate:down(\s*$|\s+\S+)/gm;
function splitDbmate(text2) {
  const file = { transaction: true, problems: [] };
  const ups = [...text2.matchAll(DBMATE_UP)].map((match) => match.index);
  const downs = [...text2.matchAll(DBMATE_DOWN)].map((match) => match.index);
  const first = ups[0];
  if (first === void 0) {
    file.problems.push({ line: 1, message: "no `-- migrate:up` marker: dbmate refuses the file" });
    return file;
  }
  const before = text2.slice(0, first).split("\n");
  const stray = before.findIndex((line) => line.trim() !== "" && !line.trimStart().startsWith("--"));
  if (stray !== -1) {
    file.problems.push({
      line: stray + 1,
      message: "SQL before the first `-- migrate:up` marker: dbmate refuses it"
    });
  }
  const early = downs.find((down) => down < first);
  if (early !== void 0) {
    file.problems.push({
      line: positionAt(text2, early).line,
      message: "`-- migrate:down` comes before `-- migrate:up`"
    });
  }
  ups.forEach((start, i) => {
    const end = ups[i + 1] ?? text2.length;
    const sectionDowns = downs.filter((down) => down > start && down < end);
    const downStart = sectionDowns[0];
    const upLine = positionAt(text2, start).line;
    if (sectionDowns.length > 1) {
      file.problems.push({
        line: upLine,
        message: "two `-- migrate:down` markers after one `-- migrate:up`"
      });
    }
    if (downStart === void 0) {
      file.problems.push({
        line: upLine,
        message: "no `-- migrate:down` marker after this `-- migrate:up`: dbmate refuses the file"
      });
    }
    addSection(file, "up", text2, start, downStart ?? end);
    if (downStart !== void 0) addSection(file, "down", text2, downStart, sectionDowns[1] ?? end);
  });
  return file;
}
function addSection(file, direction, text2, markerStart, end) {
  const newline = text2.indexOf("\n", markerStart);
  const bodyStart = newline === -1 || newline >= end ? end : newline + 1;
  const options = text2.slice(markerStart, newline === -1 ? text2.length : newline).split(/\s+/).slice(1);
  const transaction = !options.some((option) => option === "transaction:false");
  const line = positionAt(text2, markerStart).line;
  const section = file[direction] ?? { chunks: [], line, transaction };
  file[direction] = section;
  if (!transaction) section.transaction = false;
  section.chunks.push({ sql: text2.slice(bodyStart, end), ...positionAt(text2, bodyStart) });
}
function readDbmateEnv(config) {
  const vars = readEnvFile(config.text);
  const own = [...vars.entries()].filter(([key]) => key.startsWith("DBMATE_"));
  if (own.length === 0) return [];
  const dir = vars.get("DBMATE_MIGRATIONS_DIR");
  const written = dir?.value ?? "./db/migrations";
  const url = vars.get("DATABASE_URL");
  const dialect = url ? dialectOfUrl(url.value) : { dialect: "unstated" };
  const evidence = [
    dir ? { file: config.path, line: dir.line, says: `says DBMATE_MIGRATIONS_DIR=${dir.value}` } : {
      file: config.path,
      line: own[0]?.[1].line ?? 1,
      says: `sets ${own[0]?.[0]}: dbmate's default directory is db/migrations/`
    }
  ];
  if (url && dialect.dialect !== "unstated")
    evidence.push({
      file: config.path,
      line: url.line,
      says: `says DATABASE_URL is a ${dialect.name ?? "SQLite"} URL`
    });
  return [
    {
      dir: joinInRepo(folderOf(config.path), written),
      written,
      layout: "dbmate",
      tool: "dbmate",
      dialect: dialect.dialect,
      ...dialect.name ? { dialectName: dialect.name } : {},
      evidence,
      ...dir ? {} : { guessed: true }
    }
  ];
}

// src/core/layouts/folder-reader.ts
function byFolder(files) {
  const folders = /* @__PURE__ */ new Map();
  for (const file of files) {
    const folder = dirName(file.rel);
    if (folder === "") continue;
    const inside = folders.get(folder) ?? /* @__PURE__ */ new Map();
    inside.set(baseName(file.rel), file);
    folders.set(folder, inside);
  }
  return folders;
}

// src/core/tools/diesel.ts
var REPO3 = "https://github.com/diesel-rs/diesel";
function dieselStamp(version) {
  if (!/^\d{14}$/.test(version)) return version;
  return `${version.slice(0, 4)}-${version.slice(4, 6)}-${version.slice(6, 8)}-${version.slice(8)}`;
}
var diesel = {
  id: "diesel",
  name: "diesel",
  title: "diesel",
  detect: {
    priority: 30,
    evidence: (files) => files.filter(({ name, folder }) => name === "up.sql" && /^\d/.test(baseName(folder))).length,
    reason: () => "diesel folders <YYYY-MM-DD-HHMMSS>_<name>/up.sql + down.sql"
  },
  reads: { files: "folders `<version>_<name>/` holding `up.sql` (and `down.sql`, `metadata.toml`)" },
  read: (files) => readDiesel(files),
  looksLike: (name, inFolder) => name === "up.sql" || name === "down.sql" ? `a diesel migration file${inFolder ? " in a folder" : ""}` : void 0,
  order: { by: "version-text", how: "diesel sorts versions as text" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "set `run_in_transaction = false` in the migration's metadata.toml"
  },
  // diesel_migrations 2.x: src/migration_harness.rs pending_migrations() and run_migration().
  applied: {
    outOfOrder: {
      does: "runs every migration whose version is not in __diesel_schema_migrations, older ones included",
      source: `${REPO3}/blob/main/diesel_migrations/src/migration_harness.rs`
      // pending_migrations()
    },
    duplicate: {
      does: "keeps one migration per version: of two folders with one version at most one runs, and which one is not defined",
      source: `${REPO3}/blob/main/diesel_migrations/src/migration_harness.rs`
      // pending_migrations(): a HashMap keyed by version
    },
    renamed: {
      does: "knows a migration by its version (the folder name before the first `_`, dashes removed): a new name part keeps it applied, a new version runs it again",
      source: `${REPO3}/blob/main/diesel_migrations/migrations_internals/src/lib.rs`
      // version_from_string()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO3}/blob/main/diesel/src/migration/setup_migration_table.sql`
    },
    deleted: {
      does: "runs only versions not in __diesel_schema_migrations: a deleted one goes unnoticed",
      source: `${REPO3}/blob/main/diesel_migrations/src/migration_harness.rs`
      // pending_migrations()
    }
  },
  configs: [{ shown: "diesel.toml", matches: (name) => name === "diesel.toml", read: readDieselToml }],
  tracking: {
    tables: ["__diesel_schema_migrations"],
    stores: "one row per applied migration: `version` (text, primary key) and `run_on`",
    source: `${REPO3}/blob/main/diesel/src/migration/setup_migration_table.sql`,
    reader: {
      table: "__diesel_schema_migrations",
      query: "SELECT version FROM __diesel_schema_migrations",
      rows: (rows) => keyed(rows),
      key: (m) => m.version,
      missing: "diesel runs only the pending files and leaves a version whose folder is gone alone; `diesel migration revert` cannot undo it",
      source: `${REPO3}/blob/main/diesel_migrations/src/migration_harness.rs`
      // applied_migrations(), pending_migrations()
    }
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    clock: true,
    files: (version, name) => {
      const folder = `${dieselStamp(version)}_${name}`;
      return [
        { rel: `${folder}/up.sql`, text: upTemplate(name, true) },
        { rel: `${folder}/down.sql`, text: downTemplate(name) }
      ];
    },
    folder: {
      rename: (folderName2, _version, next) => {
        const cut = folderName2.indexOf("_");
        return `${dieselStamp(next)}${cut === -1 ? "" : folderName2.slice(cut)}`;
      }
    }
  },
  /**
   * `migration run` applies every pending migration, hence a staged directory; `revert` reverts the newest
   * applied one. A URL with no `postgres://`/`mysql://` scheme is a SQLite file. After both, diesel writes
   * the `print_schema` file its config names (`src/schema.rs`): `--config-file /dev/null` reads as an empty
   * config (and where no such path exists, diesel takes the defaults as well), so nothing is written into
   * the project; `--locked-schema` would fail the step instead. `--migration-dir` outranks the config and
   * MIGRATION_DIRECTORY, `--database-url` DATABASE_URL and `.env`.
   */
  runner: {
    up: "diesel migration run --migration-dir {dir} --database-url {db} --config-file /dev/null",
    down: "diesel migration revert --migration-dir {dir} --database-url {db} --config-file /dev/null",
    staged: true,
    source: `${REPO3}/blob/main/diesel_cli/src/cli.rs`
    // global flags; migrations/mod.rs run/revert; config.rs Config::read()
  }
};
function readDiesel(files) {
  const result = emptyResult();
  for (const [folder, inside] of byFolder(files)) {
    const up = inside.get("up.sql");
    if (!up) continue;
    const folderName2 = baseName(folder);
    const cut = folderName2.indexOf("_");
    const version = (cut === -1 ? folderName2 : folderName2.slice(0, cut)).replaceAll("-", "");
    const metadata = inside.get("metadata.toml");
    const transaction = !/^\s*run_in_transaction\s*=\s*false\s*(#.*)?$/m.test(metadata?.text ?? "");
    const down = inside.get("down.sql");
    const parts = [up, down, metadata].filter((file) => file !== void 0);
    for (const file of parts) result.claimed.add(file.rel);
    const entry = {
      migration: {
        version,
        name: cut === -1 ? "" : folderName2.slice(cut + 1),
        files: [up, down].filter((file) => file !== void 0).map((file) => file.display)
      },
      rels: parts.map((file) => file.rel),
      sortName: folderName2
    };
    for (const [file, direction] of [
      [up, "up"],
      [down, "down"]
    ]) {
      if (!file) continue;
      if (file.text === void 0) result.findings.push(unreadableFinding(file, version));
      else entry.migration[direction] = script(file, wholeFile(file.text), transaction);
    }
    result.entries.push(entry);
  }
  return result;
}
function readDieselToml(config) {
  const toml = parseToml(config.text);
  if (!toml) return [];
  const section = toml.migrations_directory;
  const dir = isRecord(section) && typeof section.dir === "string" ? section.dir : void 0;
  const folder = folderOf(config.path);
  const claim = { layout: "diesel", tool: "diesel", dialect: "unstated" };
  if (dir !== void 0)
    return [
      {
        ...claim,
        dir: joinInRepo(folder, dir),
        written: dir,
        evidence: [
          {
            file: config.path,
            line: lineOfSetting(config.text, "dir", dir) ?? 1,
            says: `says [migrations_directory] dir = "${dir}"`
          }
        ]
      }
    ];
  return [
    {
      ...claim,
      dir: joinInRepo(folder, "migrations"),
      written: "migrations",
      guessed: true,
      evidence: [
        {
          file: config.path,
          line: lineMatching(config.text, /^\s*\[/) ?? 1,
          says: "sets no [migrations_directory]: diesel's default is migrations/"
        }
      ]
    }
  ];
}

// src/core/tools/django-graph.ts
var CONFLICT = (names, app) => `"Conflicting migrations detected; multiple leaf nodes in the migration graph: (${names} in ${app}). To fix them run 'python manage.py makemigrations --merge'"`;
var MIGRATION_FILE = /^(?:.*\/)?([^/]+)\/migrations\/([^_~/][^/]*)\.py$/;
function isDjangoMigration(rel) {
  return MIGRATION_FILE.test(rel);
}
function classList(text2, name) {
  const head = new RegExp(`^[ \\t]+${name}\\s*(?::[^=\\n]*)?=\\s*\\[`, "m").exec(text2);
  if (!head) return void 0;
  const items = [];
  let at = head.index + head[0].length;
  const skip = () => {
    for (; ; ) {
      const blank = /^(?:\s|#[^\n]*)*/.exec(text2.slice(at));
      at += blank?.[0].length ?? 0;
      if (text2[at] !== ",") return;
      at++;
    }
  };
  for (skip(); at < text2.length && text2[at] !== "]"; skip()) {
    const call = /^(?:migrations\.)?swappable_dependency\([^)]*\)/.exec(text2.slice(at));
    if (call) {
      at += call[0].length;
      continue;
    }
    const value = readValue(text2, at);
    if (!value) return void 0;
    items.push(value.value);
    at = value.end;
  }
  return { items, line: positionAt(text2, head.index).line };
}
var pair2 = (v) => Array.isArray(v) && typeof v[0] === "string" && typeof v[1] === "string" ? [v[0], v[1]] : void 0;
function readOne(file, findings) {
  const [, app = "", name = ""] = MIGRATION_FILE.exec(file.rel) ?? [];
  const text2 = file.text;
  if (!/^class Migration\(/m.test(text2)) {
    findings.push(
      finding(
        "parse-error",
        `${file.display} has no \`class Migration\`: Django refuses to load the app's migrations for it ("Migration ${name} in app ${app} has no Migration class"). Move the module out of migrations/, or name it starting with \`_\`.`,
        { file: file.display }
      )
    );
    return void 0;
  }
  const deps = classList(text2, "dependencies");
  const replaces = classList(text2, "replaces");
  if (/^\s+dependencies\s*=/m.test(text2) && !deps || /^\s+replaces\s*=/m.test(text2) && !replaces) {
    findings.push(
      finding(
        "parse-error",
        `${file.display}: its \`dependencies\` or \`replaces\` is not a list of ("app", "name") tuples lockstep can read without running Python. Write it as makemigrations does.`,
        { file: file.display }
      )
    );
    return void 0;
  }
  return {
    file,
    app,
    name,
    key: `${app}.${name}`,
    deps: (deps?.items ?? []).map(pair2).filter((p) => p !== void 0),
    replaces: (replaces?.items ?? []).map(pair2).flatMap((p) => p ? [`${p[0]}.${p[1]}`] : []),
    line: deps?.line ?? 1
  };
}
function readDjango(files, applied = /* @__PURE__ */ new Set()) {
  const result = emptyResult();
  const all = [];
  for (const file of files) {
    result.claimed.add(file.rel);
    if (!isDjangoMigration(file.rel)) continue;
    if (file.text === void 0) result.findings.push(unreadableFinding(file));
    else {
      const read = readOne(file, result.findings);
      if (read) all.push(read);
    }
  }
  const replacedBy = /* @__PURE__ */ new Map();
  for (const m of all) for (const r of m.replaces) replacedBy.set(r, m.key);
  const kept = all.filter((m) => !replacedBy.has(m.key) || !all.some((o) => o.key === replacedBy.get(m.key)));
  const byKey = new Map(kept.map((m) => [m.key, m]));
  const apps = new Set(all.map((m) => m.app));
  const nodes = kept.map((m) => ({
    ...m,
    id: m.key,
    sortName: m.file.rel,
    parents: parentsOf2(m, { kept, apps, byKey, replacedBy, applied }, result.findings)
  }));
  const { order, cyclic } = topologicalOrder(nodes);
  if (cyclic.length > 0) {
    const first = cyclic[0];
    result.findings.push(
      finding(
        "revision-cycle",
        `${first.file.display}:${first.line}: the dependencies of ${cyclic.map((n) => n.key).join(", ")} go round in a circle: Django refuses the graph (CircularDependencyError). Remove the dependency that points forward.`,
        { file: first.file.display, line: first.line, version: first.key }
      )
    );
  }
  const previous = /* @__PURE__ */ new Map();
  for (const n of [...order, ...cyclic]) {
    const migration = {
      version: n.key,
      name: n.name,
      files: [n.file.display],
      code: n.file.display,
      step: { app: n.app, stem: n.name, previous: previous.get(n.app) ?? "zero" },
      ...n.replaces.length > 0 ? { replaces: n.replaces } : {}
    };
    previous.set(n.app, n.name);
    result.entries.push({ migration, rels: [n.file.rel], sortName: n.file.rel });
  }
  result.findings.push(...leafConflicts(nodes, applied));
  return result;
}
function parentsOf2(m, known, findings) {
  const { kept, apps, byKey, replacedBy, applied } = known;
  const parents = [];
  for (const [app, name] of m.deps) {
    if (!apps.has(app)) continue;
    const ofApp = kept.filter((k) => k.app === app);
    if (name === "__first__" || name === "__latest__") {
      if (app === m.app) continue;
      const ends = ofApp.filter((k) => name === "__first__" ? !k.deps.some(([a]) => a === app) : true);
      const pick = name === "__first__" ? ends[0] : ofApp.find((k) => !ofApp.some((o) => o.deps.some(([a, n]) => a === app && n === k.name)));
      if (pick) parents.push(pick.key);
      continue;
    }
    const key = replacedBy.get(`${app}.${name}`) ?? `${app}.${name}`;
    if (byKey.has(key)) parents.push(key);
    else if (!applied.has(key))
      findings.push(
        finding(
          "missing-parent",
          `${m.file.display}:${m.line}: ${m.key} depends on ("${app}", "${name}"), which ${app}/migrations/ does not have: Django refuses the graph ("Migration ${m.key} dependencies reference nonexistent parent node ('${app}', '${name}')"). Restore that migration, or depend on the one this migration really follows.`,
          { file: m.file.display, line: m.line, version: m.key }
        )
      );
  }
  return parents;
}
function leavesByApp(nodes) {
  const named = new Set(nodes.flatMap((n) => n.parents.filter((p) => p.startsWith(`${n.app}.`))));
  const leaves = /* @__PURE__ */ new Map();
  for (const n of nodes) if (!named.has(n.key)) leaves.set(n.app, [...leaves.get(n.app) ?? [], n.key]);
  return leaves;
}
function leafConflicts(nodes, applied) {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const out = [];
  for (const [app, keys] of leavesByApp(nodes)) {
    if (keys.length < 2) continue;
    const leaves = keys.map((k) => byKey.get(k)).sort((a2, b2) => a2.file.rel < b2.file.rel ? -1 : 1);
    const fresh = (n) => Number(!applied.has(n.key));
    const [a, b] = [...leaves].sort((x, y) => fresh(x) - fresh(y));
    out.push(
      finding(
        "multiple-heads",
        `${a.file.display}:${a.line} and ${b.file.display}:${b.line} are both the newest migration of ${app}: two branches each added the next migration, so no migration of ${app} follows both. \`manage.py migrate\` refuses it: ${CONFLICT(leaves.map((l) => l.name).join(", "), app)}. Run \`python manage.py makemigrations --merge\` after merging, or make ${b.name} depend on ("${app}", "${a.name}").`,
        { file: b.file.display, line: b.line, version: b.key }
      )
    );
  }
  return out;
}
function djangoAfterApplied(set, applied, versions) {
  if (!applied) return [];
  const prev = (m) => m.step?.previous && m.step.previous !== "zero" ? `${m.step.app}.${m.step.previous}` : void 0;
  const inSet = new Set(set.migrations.map((m) => m.version));
  const out = [];
  for (const m of set.migrations) {
    const p = prev(m);
    if (versions.has(m.version) || !p || !versions.has(p)) continue;
    const other = applied.migrations.find((b) => prev(b) === p && b.version !== m.version);
    if (!other || inSet.has(other.version)) continue;
    out.push(
      finding(
        "multiple-heads",
        `${m.files[0]} is new and follows ${p}, but the base already has ${other.version} (${other.files[0]}) after it, merged first: once both are in, ${m.step?.app} has two leaf migrations and \`manage.py migrate\` refuses it: ${CONFLICT(`${baseName(other.files[0] ?? "").replace(/\.py$/, "")}, ${m.name}`, m.step?.app ?? "")}. Merge the base and run \`python manage.py makemigrations --merge\`.`,
        { file: m.files[0], version: m.version }
      )
    );
  }
  return out;
}

// src/core/tools/django.ts
var REPO4 = "https://github.com/django/django/blob/main";
var DOCS2 = "https://docs.djangoproject.com/en/stable";
var MIGRATION_CLASS = /^class Migration\(/m;
var MERGE = "merge the base, then run `python manage.py makemigrations --merge` and `lockstep lock`";
var django = {
  id: "django",
  name: "Django",
  title: "Django",
  detect: {
    priority: 7,
    evidence: (files) => files.some(({ name, folder }) => name === "manage.py" && folder === "") ? files.filter(({ file }) => isDjangoMigration(file.rel) && MIGRATION_CLASS.test(file.text ?? "")).length : 0,
    reason: () => "a Django project (manage.py) with `<app>/migrations/` modules, ordered by their dependencies"
  },
  reads: {
    files: "the `<app>/migrations/<name>.py` modules of every app below manage.py",
    only: isDjangoMigration
  },
  read: (files, context) => readDjango(files, context.applied),
  order: { by: "listed", how: "Django applies migrations along their dependencies, across apps" },
  downs: "never",
  // The executor runs each migration in schema_editor(atomic=migration.atomic); SQLite rolls DDL back.
  transaction: { wraps: "each-file", optOut: "set `atomic = False` on the Migration class" },
  graph: { afterApplied: djangoAfterApplied },
  // Django 3.2–5.x: MigrationLoader, MigrationRecorder and the migrate command.
  applied: {
    outOfOrder: {
      does: 'applies every migration django_migrations does not record, in dependency order; one recorded before a dependency it has stops `migrate` ("Migration \u2026 is applied before its dependency \u2026", InconsistentMigrationHistory)',
      source: `${REPO4}/django/db/migrations/loader.py`
      // check_consistent_history()
    },
    duplicate: {
      does: "knows a migration by its app label and module name: two apps may each have a 0002_x, one app cannot",
      source: `${REPO4}/django/db/migrations/recorder.py`
      // Migration model: app, name, applied
    },
    renamed: {
      does: "knows a migration by app and module name: a renamed file is a new migration that `migrate` applies again, while django_migrations keeps the old name",
      source: `${REPO4}/django/db/migrations/recorder.py`
      // applied_migrations(): {(app, name)}
    },
    edited: {
      does: "records only the app, the name and when it ran: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO4}/django/db/migrations/recorder.py`
      // Migration model: app, name, applied
    },
    deleted: {
      does: 'ignores a recorded migration with no file, unless another migration depends on it: the graph then fails ("dependencies reference nonexistent parent node", NodeNotFoundError)',
      source: `${REPO4}/django/db/migrations/graph.py`
      // validate_consistency(): NodeNotFoundError
    }
  },
  configs: [
    {
      shown: "manage.py with settings.py",
      matches: (name) => name === "manage.py",
      sources: ["settings.py"],
      read: readManagePy
    }
  ],
  tracking: {
    tables: ["django_migrations"],
    stores: "one row per applied migration: `app`, `name`, `applied`; unapplying deletes its row",
    source: `${REPO4}/django/db/migrations/recorder.py`,
    // MigrationRecorder.Migration: db_table "django_migrations"
    reader: {
      table: "django_migrations",
      query: "SELECT app, name FROM django_migrations",
      rows: djangoRows,
      key: (m) => m.step?.app && m.step.stem ? `${m.step.app}.${m.step.stem}` : m.version,
      missing: '`manage.py migrate` leaves a recorded migration with no file alone (`showmigrations` does not list it), unless a migration on disk depends on it: then the graph fails ("dependencies reference nonexistent parent node", NodeNotFoundError)',
      // applied_migrations(): (app, name) pairs; loader.py build_graph(): a squashed one is applied when all it replaces are.
      source: `${REPO4}/django/db/migrations/loader.py`
    }
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 4 },
    refuse: {
      new: "is a Django project: run `python manage.py makemigrations APP` (or `--empty APP` for a data migration), then `lockstep lock`",
      renumber: "is a Django project, ordered by dependencies: two leaf migrations of one app are joined by `python manage.py makemigrations --merge`, not renumbered",
      change: "`python manage.py makemigrations`",
      clash: MERGE,
      early: MERGE
    }
  },
  // `migrate APP NAME` brings the app to NAME, unapplying later ones; `zero` unapplies all of the app's.
  // No `to`: migrating one app to a migration does not apply the other apps' migrations ordered before it.
  code: true,
  runner: {
    up: "python manage.py migrate {app} {stem}",
    down: "python manage.py migrate {app} {previous}",
    first: "zero",
    placeholders: ["app"],
    source: `${DOCS2}/ref/django-admin/#migrate`
  }
};
var BACKENDS = { postgresql: "PostgreSQL", mysql: "MySQL", oracle: "Oracle" };
var SETTINGS_MODULE = /DJANGO_SETTINGS_MODULE["']\s*,\s*["']([\w.]+)["']/;
var ENGINE = /["']ENGINE["']\s*:\s*["']([\w.]+)["']/;
function readManagePy(config, sources) {
  const lines = config.text.split("\n");
  const at = lines.findIndex((l) => SETTINGS_MODULE.test(l));
  if (at === -1) return [];
  const module = SETTINGS_MODULE.exec(lines[at])?.[1];
  const folder = folderOf(config.path);
  const evidence = [
    { file: config.path, line: at + 1, says: `sets DJANGO_SETTINGS_MODULE to ${module}` }
  ];
  const settingsPath = joinInRepo(folder, `${module.replaceAll(".", "/")}.py`);
  const settings = sources.find((s) => s.path === settingsPath);
  const engineLine = settings?.text.split("\n").findIndex((l) => ENGINE.test(l)) ?? -1;
  const engine = engineLine === -1 ? void 0 : ENGINE.exec(settings?.text.split("\n")[engineLine] ?? "")?.[1];
  if (settings && engine)
    evidence.push({ file: settings.path, line: engineLine + 1, says: `says DATABASES ENGINE ${engine}` });
  const dialect = !engine ? "unstated" : engine === "django.db.backends.sqlite3" ? "sqlite" : "other";
  return [
    {
      dir: folder || ".",
      written: folder || ".",
      layout: "django",
      tool: "Django",
      dialect,
      ...dialect === "other" ? { dialectName: BACKENDS[engine?.split(".").pop() ?? ""] ?? engine } : {},
      evidence
    }
  ];
}
function djangoRows(rows, set) {
  const apps = new Set(set.migrations.flatMap((m) => m.step?.app ? [m.step.app] : []));
  const squashed = set.migrations.filter((m) => m.replaces && m.replaces.length > 0);
  const replaced = new Set(squashed.flatMap((m) => m.replaces ?? []));
  const squashes = new Set(squashed.map((m) => m.version));
  const recorded = new Set(
    rows.filter((r) => apps.has(text(r[0]))).map((r) => `${text(r[0])}.${text(r[1])}`)
  );
  const out = [...recorded].filter((key) => !replaced.has(key) && !squashes.has(key)).map((key) => ({ key }));
  for (const m of squashed)
    if ((m.replaces ?? []).every((r) => recorded.has(r))) out.push({ key: m.version });
  return out;
}

// src/core/tools/drizzle.ts
var REPO5 = "https://github.com/drizzle-team/drizzle-orm";
var GENERATE = "`npx drizzle-kit generate --name NAME` (add `--custom` for an empty one to write by hand)";
var ADVICE = `drizzle-kit writes Drizzle migrations and records each in meta/_journal.json, which the migrator follows; run ${GENERATE}, then \`lockstep lock\``;
var REGENERATE = "delete your migration's .sql file, its entry in meta/_journal.json and its meta/*_snapshot.json, merge the base, and run `npx drizzle-kit generate` again";
var drizzle = {
  id: "drizzle",
  name: "Drizzle",
  title: "Drizzle",
  detect: {
    priority: 10,
    evidence: (files) => files.filter(({ name, folder }) => name === "_journal.json" && baseName(folder) === "meta").length,
    reason: () => "a Drizzle journal, meta/_journal.json"
  },
  reads: { files: "the `.sql` files its `meta/_journal.json` lists" },
  read: (files) => readDrizzle(files),
  order: { by: "listed", how: "drizzle follows meta/_journal.json" },
  downs: "never",
  transaction: {
    wraps: "all-pending",
    pragmaIgnored: "Drizzle runs every pending migration in one transaction, where SQLite ignores it; if the rebuild needs foreign keys off, turn them off on the connection before calling migrate() and back on after"
  },
  // drizzle-orm 0.x (checked 0.45): the migrator of the meta/_journal.json layout. drizzle-orm 1.0 (release
  // candidates) matches applied migrations by name instead.
  applied: {
    outOfOrder: {
      does: "applies only journal entries whose `when` is later than the newest applied migration's `created_at`: an older one is skipped and nothing says so",
      // migrate(): `SELECT … ORDER BY created_at DESC LIMIT 1`, then runs a migration only when
      // `Number(lastDbMigration[2]) < migration.folderMillis`; folderMillis is the entry's `when`
      // (migrator.ts readMigrationFiles()).
      source: `${REPO5}/blob/main/drizzle-orm/src/sqlite-core/dialect.ts`
    },
    duplicate: {
      does: "does not look at the number: each journal entry runs when its `when` is later than the newest applied `created_at`, whatever number its file has",
      source: `${REPO5}/blob/main/drizzle-orm/src/sqlite-core/dialect.ts`
      // migrate()
    },
    renamed: {
      does: 'does not record names: a file renamed together with its journal `tag` stays applied, and a file renamed without it stops migrate with "No file \u2026 found"',
      source: `${REPO5}/blob/main/drizzle-orm/src/migrator.ts`
      // readMigrationFiles(): reads `${tag}.sql`
    },
    edited: {
      does: "stores a hash of each file but never compares it: an edited applied migration is not run again",
      source: `${REPO5}/blob/main/drizzle-orm/src/migrator.ts`
      // readMigrationFiles(): sha256; migrate() reads only created_at
    },
    deleted: {
      does: 'never looks back at applied migrations: a file deleted with its journal entry goes unnoticed, one deleted without it stops migrate with "No file \u2026 found"',
      source: `${REPO5}/blob/main/drizzle-orm/src/migrator.ts`
      // readMigrationFiles(): reads `${tag}.sql` of every entry
    }
  },
  configs: [
    {
      shown: "drizzle.config.*",
      matches: (name) => /^drizzle\.config\.(ts|mts|cts|js|mjs|cjs|json)$/.test(name),
      read: readDrizzleConfig
    }
  ],
  tracking: {
    tables: ["__drizzle_migrations"],
    stores: "one row per applied migration: `hash` and `created_at` (the journal entry's `when`)",
    source: `${REPO5}/blob/main/drizzle-orm/src/sqlite-core/dialect.ts`,
    // migrate(): CREATE TABLE and INSERT
    reader: {
      table: "__drizzle_migrations",
      query: "SELECT created_at, hash FROM __drizzle_migrations ORDER BY created_at",
      rows: (rows) => rows.map((r) => ({ key: String(Number(text(r[0]))), checksum: hex(r[1]) })),
      key: (m) => String(m.stamp?.millis ?? m.version),
      checksum: {
        of: sha256,
        changed: "Drizzle's migrator never compares the hash: it does not run the edited file again, so the database keeps what the old text did"
      },
      missing: "Drizzle's migrator only compares journal times with the newest row's `created_at`: a row with no journal entry is ignored",
      neverApplied: skippedForGood,
      source: `${REPO5}/blob/main/drizzle-orm/src/sqlite-core/dialect.ts`
      // migrate(): lastDbMigration, folderMillis
    }
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    refuse: {
      new: `is a Drizzle set: ${ADVICE}`,
      renumber: `is a Drizzle set, whose order lives in meta/_journal.json: delete the clashing migration and generate it again after merging the base; ${ADVICE}`,
      change: `generate a new migration with drizzle-kit (${GENERATE})`,
      clash: `regenerate yours after merging the base: ${REGENERATE}`,
      early: `regenerate it after merging the base (${REGENERATE}), or set its \`when\` in meta/_journal.json later than the applied one's`
    }
  }
};
var BREAKPOINT = "--> statement-breakpoint";
function readDrizzle(files) {
  const result = emptyResult();
  const journal = files.filter((file) => baseName(file.rel) === "_journal.json" && baseName(dirName(file.rel)) === "meta").sort((a, b) => a.rel.length - b.rel.length)[0];
  if (!journal) return result;
  result.claimed.add(journal.rel);
  const base = dirName(dirName(journal.rel));
  const sqlFiles = new Map(
    files.filter((file) => dirName(file.rel) === base && file.rel.endsWith(".sql")).map((file) => [baseName(file.rel), file])
  );
  const entries = journalEntries(journal, result);
  entries.forEach((entry, position) => {
    const tag = typeof entry.tag === "string" ? entry.tag : void 0;
    const file = tag === void 0 ? void 0 : sqlFiles.get(`${tag}.sql`);
    if (!tag || !file) {
      result.findings.push(
        finding(
          "parse-error",
          `${journal.display}: journal entry ${position} (tag ${excerpt(String(JSON.stringify(entry.tag)))}) has no file ${excerpt(tag ?? "?")}.sql beside the journal; drizzle's migrator stops there. Restore the file, or regenerate the journal with drizzle-kit.`,
          { file: journal.display }
        )
      );
      return;
    }
    sqlFiles.delete(`${tag}.sql`);
    result.claimed.add(file.rel);
    if (entry.idx !== position) {
      result.findings.push(
        finding(
          "order-ambiguous",
          `${journal.display}: entry ${position} (${excerpt(tag)}) has idx ${excerpt(String(JSON.stringify(entry.idx)))}; drizzle applies migrations in the order the entries are listed, and so does lockstep. Fix the idx values so they agree.`,
          { file: journal.display }
        )
      );
    }
    const read = upOnlyEntry(file, tag, splitBreakpoints, true, result.findings);
    if (typeof entry.when === "number" && journal.text !== void 0) {
      const at = positionAt(journal.text, Math.max(0, journal.text.indexOf(JSON.stringify(tag)))).line;
      read.migration.stamp = { millis: entry.when, at: `${journal.display}:${at}` };
    }
    result.entries.push(read);
  });
  for (const file of sqlFiles.values()) {
    result.claimed.add(file.rel);
    result.findings.push(
      finding(
        "parse-error",
        `${file.display} is not in ${journal.display}, so drizzle never applies it. Generate migrations with drizzle-kit (which records them in the journal), or delete or exclude the file.`,
        { file: file.display }
      )
    );
  }
  return result;
}
function journalEntries(journal, result) {
  const problem = (why) => result.findings.push(
    finding(
      "parse-error",
      `${journal.display} ${why}, so the migration order is unknown. Regenerate it with drizzle-kit.`,
      {
        file: journal.display
      }
    )
  );
  if (journal.text === void 0) {
    result.findings.push(unreadableFinding(journal));
    return [];
  }
  try {
    const parsed = JSON.parse(journal.text);
    if (Array.isArray(parsed?.entries)) {
      return parsed.entries.map((entry) => typeof entry === "object" && entry !== null ? entry : {});
    }
    problem("has no `entries` list");
  } catch (error) {
    problem(`is not valid JSON (${error.message})`);
  }
  return [];
}
function splitBreakpoints(text2) {
  const chunks = [];
  if (text2 === "") return chunks;
  let start = 0;
  for (; ; ) {
    const at = text2.indexOf(BREAKPOINT, start);
    const end = at === -1 ? text2.length : at;
    chunks.push({ sql: text2.slice(start, end), ...positionAt(text2, start) });
    if (at === -1) return chunks;
    start = at + BREAKPOINT.length;
  }
}
var DRIZZLE_SQLITE = /^(sqlite|turso|d1|d1-http|libsql|better-sqlite|expo|durable-sqlite)$/;
function readDrizzleConfig(config) {
  const setting = (key) => {
    const m = new RegExp(`["']?\\b${key}["']?\\s*:\\s*(["'\`])([^"'\`]*)\\1`).exec(config.text);
    return m ? { value: m[2], line: positionAt(config.text, m.index).line } : void 0;
  };
  const out = setting("out");
  const dialect = setting("dialect") ?? setting("driver");
  const written = out?.value ?? "drizzle";
  const says = [
    dialect ? `dialect ${dialect.value}` : void 0,
    out ? `out ${out.value}` : "no out: drizzle-kit's default is drizzle/"
  ].filter(Boolean);
  const kind = !dialect ? "unstated" : DRIZZLE_SQLITE.test(dialect.value) ? "sqlite" : "other";
  return [
    {
      dir: joinInRepo(folderOf(config.path), written),
      written,
      layout: "drizzle",
      tool: "Drizzle",
      dialect: kind,
      ...kind === "other" ? { dialectName: dialect?.value } : {},
      evidence: [
        { file: config.path, line: dialect?.line ?? out?.line ?? 1, says: `says ${says.join(", ")}` }
      ],
      ...out ? {} : { guessed: true }
    }
  ];
}
function skippedForGood(m, tracked) {
  const times = tracked.map((r) => Number(r.key)).filter((t) => Number.isFinite(t));
  if (!m.stamp || times.length === 0) return void 0;
  const newest = Math.max(...times);
  if (m.stamp.millis > newest) return void 0;
  return `its journal \`when\`, ${timeOf(m.stamp.millis)} (${m.stamp.at}), is not later than ${timeOf(newest)}, the newest \`created_at\` in __drizzle_migrations. Drizzle's migrator reads only that row and runs a migration only when that \`created_at\` is less than the migration's \`when\` (its folderMillis), so it skips this one on every run and says nothing. Generate it again after the newest applied one: ${REGENERATE}, which stamps the current time as its \`when\` (or set its \`when\` in meta/_journal.json later than ${newest}); a database that already applied it would run it again`;
}
function timeOf(millis) {
  const date = new Date(millis);
  return Number.isNaN(date.getTime()) ? String(millis) : `${date.toISOString()} = ${millis}`;
}

// src/core/tools/tracking-shapes.ts
function latestPerVersion(rows) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const row of rows) {
    const key = text(row[0]);
    if (seen.has(key)) continue;
    seen.add(key);
    if (key !== "0" && truthy(row[1])) out.push({ key });
  }
  return out.reverse();
}
function atVersion(rows, set) {
  const row = rows[0];
  if (!row) return [];
  const key = text(row[0]);
  if (!/^\d+$/.test(key)) return [];
  const at = BigInt(key);
  const failed = truthy(row[1]) ? "dirty = true" : void 0;
  const out = [];
  for (const m of set.migrations)
    if (/^\d+$/.test(m.version) && BigInt(m.version) < at) out.push({ key: String(BigInt(m.version)) });
  out.push({ key: String(at), failed });
  return out;
}
function flywayVersion(version) {
  const parts = version.replace(/_/g, ".").split(".").map((p) => p.replace(/^0+(?=\d)/, ""));
  while (parts.length > 1 && parts[parts.length - 1] === "0") parts.pop();
  return parts.join(".");
}
function flywayRows(rows, set) {
  const byKey = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const key = flywayVersion(text(row[0]));
    const type = text(row[3]).toUpperCase();
    if (type.startsWith("UNDO") || type === "DELETE") {
      byKey.delete(key);
      continue;
    }
    if (type === "SCHEMA") continue;
    if (type === "BASELINE") {
      for (const m of set.migrations)
        if (compareFlyway(flywayVersion(m.version), key) <= 0)
          byKey.set(flywayVersion(m.version), { key: flywayVersion(m.version) });
      continue;
    }
    byKey.set(key, {
      key,
      checksum: row[1] === null || row[1] === void 0 ? void 0 : text(row[1]),
      failed: truthy(row[2]) ? void 0 : "success = 0"
    });
  }
  return [...byKey.values()];
}
function compareFlyway(a, b) {
  const x = a.split(".");
  const y = b.split(".");
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = part(x[i]) - part(y[i]);
    if (d !== 0n) return d < 0n ? -1 : 1;
  }
  return 0;
}
var part = (p) => p && /^\d+$/.test(p) ? BigInt(p) : 0n;

// src/core/tools/flyway.ts
var CORE = "https://github.com/flyway/flyway/blob/main/flyway-core/src/main/java/org/flywaydb/core";
var flyway = {
  id: "flyway",
  name: "Flyway",
  title: "Flyway",
  detect: {
    priority: 40,
    evidence: (files) => files.filter(({ name }) => /^[VU]\d+(?:[._]\d+)*__.+\.sql$|^R__.+\.sql$/.test(name)).length,
    reason: () => "Flyway files V<version>__<description>.sql"
  },
  reads: {
    files: "`V<version>__<description>.sql`, `U<version>__<description>.sql` and `R__<description>.sql` scripts"
  },
  read: (files) => readFlyway(files),
  looksLike: (name) => /^[VUR]\d*(?:[._]\d+)*__.+\.sql$/.test(name) ? "a Flyway migration" : void 0,
  order: { by: "number", how: "Flyway compares version parts as numbers" },
  downs: "if-any",
  transaction: {
    wraps: "each-file",
    optOut: "put `executeInTransaction=false` in the script's `.conf` file"
  },
  // Flyway (checked 13.0, main), with the defaults validateOnMigrate=true and ignoreMigrationPatterns=*:future.
  applied: {
    outOfOrder: {
      does: 'refuses to migrate unless `outOfOrder=true`: validate (run by migrate) fails with "Detected resolved migration not applied to database"',
      source: `${CORE}/internal/info/MigrationInfoImpl.java`
      // validate(): MigrationState.IGNORED (ResolvedMigration.getState())
    },
    duplicate: {
      does: 'refuses to migrate: "Found more than one migration with version N"',
      source: `${CORE}/internal/resolver/CompositeMigrationResolver.java`
      // checkForIncompatibilities()
    },
    renamed: {
      does: 'validate (run by migrate) fails: a new description is a "Migration description mismatch", a new version leaves the applied one "not resolved locally"',
      source: `${CORE}/internal/info/MigrationInfoImpl.java`
      // validate(): DESCRIPTION_MISMATCH, APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED
    },
    edited: {
      does: 'stores a checksum of each script; validate (run by migrate) fails with "Migration checksum mismatch"',
      source: `${CORE}/internal/info/MigrationInfoImpl.java`
      // validate(): CHECKSUM_MISMATCH
    },
    deleted: {
      does: 'validate (run by migrate) fails with "Detected applied migration not resolved locally"',
      source: `${CORE}/internal/info/MigrationInfoImpl.java`
      // validate(): APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED
    }
  },
  configs: [
    {
      shown: "flyway.conf/.toml",
      matches: (name) => name === "flyway.conf" || name === "flyway.toml",
      read: readFlywayConfig
    }
  ],
  tracking: {
    tables: ["flyway_schema_history"],
    stores: "one row per applied script: `installed_rank`, `version`, `description`, `type`, `script`, `checksum`, `installed_by`, `installed_on`, `execution_time`, `success`",
    source: `${CORE}/internal/database/sqlite/SQLiteDatabase.java`,
    // getRawCreateScript()
    reader: {
      table: "flyway_schema_history",
      query: "SELECT version, checksum, success, type FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank",
      rows: flywayRows,
      key: (m) => flywayVersion(m.version),
      checksum: {
        of: flywayChecksum,
        changed: 'Flyway\'s validate (run before every migrate) fails: "Migration checksum mismatch for migration version VERSION"; `flyway repair` records the new checksum once the change is deliberate'
      },
      missing: 'Flyway\'s validate fails: "Detected applied migration not resolved locally"; `flyway repair` marks it deleted when that is deliberate',
      failed: 'Flyway\'s validate fails: "Detected failed migration to version VERSION"; fix the schema by hand, then `flyway repair` removes the row',
      source: `${CORE}/internal/schemahistory/JdbcTableSchemaHistory.java`
      // allAppliedMigrations()
    }
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 1 },
    files: (version, name, shape) => [
      { rel: `V${version}__${name}.sql`, text: upTemplate(name, shape.undo) },
      ...shape.undo ? [{ rel: `U${version}__${name}.sql`, text: downTemplate(name) }] : []
    ],
    // Flyway keeps per-script settings in `<file>.conf`: it follows its script.
    companions: (rel) => [`${rel}.conf`]
  }
};
var VERSIONED = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
var REPEATABLE = /^R__(.+)\.sql$/;
function readFlyway(files) {
  const result = emptyResult();
  const byName = new Map(files.map((file) => [file.rel, file]));
  const undos = /* @__PURE__ */ new Map();
  const versioned = [];
  for (const file of files) {
    const name = baseName(file.rel);
    const repeatable = REPEATABLE.exec(name);
    const match = VERSIONED.exec(name);
    if (repeatable) {
      result.claimed.add(file.rel);
      result.entries.push(
        toEntry2(file, void 0, `R__${repeatable[1]}`, repeatable[1] ?? "", byName, result, true)
      );
    } else if (match?.[1] === "U") {
      result.claimed.add(file.rel);
      const key = versionKey(match[2] ?? "");
      undos.set(key, [...undos.get(key) ?? [], file]);
    } else if (match) {
      result.claimed.add(file.rel);
      versioned.push({ file, version: match[2] ?? "", name: match[3] ?? "" });
    }
  }
  for (const { file, version, name } of versioned) {
    const key = versionKey(version);
    const undo = undos.get(key)?.shift();
    result.entries.push(toEntry2(file, undo, version, name, byName, result, false));
  }
  for (const undo of [...undos.values()].flat()) {
    result.findings.push(
      finding(
        "parse-error",
        `${undo.display} is an undo migration with no versioned (V) migration of the same version. Add the V file, or delete the undo if its migration was removed.`,
        { file: undo.display }
      )
    );
  }
  return result;
}
function toEntry2(file, undo, version, name, byName, result, repeatable) {
  const parts = [file, undo].filter((part2) => part2 !== void 0);
  const entry = {
    migration: { version, name, files: parts.map((part2) => part2.display) },
    rels: parts.map((part2) => part2.rel),
    sortName: repeatable ? name : baseName(file.rel),
    repeatable
  };
  for (const [part2, direction] of [
    [file, "up"],
    [undo, "down"]
  ]) {
    if (!part2) continue;
    const config = byName.get(`${part2.rel}.conf`);
    if (config) result.claimed.add(config.rel);
    const transaction = !/^\s*executeInTransaction\s*=\s*false\s*$/m.test(config?.text ?? "");
    if (part2.text === void 0) result.findings.push(unreadableFinding(part2, version));
    else entry.migration[direction] = script(part2, wholeFile(part2.text), transaction);
  }
  return entry;
}
function readFlywayConfig(config) {
  let locations = [];
  let urls = [];
  if (config.path.endsWith(".toml")) {
    const toml = parseToml(config.text);
    if (!toml) return [];
    const flyway2 = isRecord(toml.flyway) ? toml.flyway : {};
    const list = (v) => Array.isArray(v) ? v.map(String) : typeof v === "string" ? v.split(",") : [];
    locations = list(flyway2.locations);
    const envs = isRecord(toml.environments) ? Object.values(toml.environments) : [];
    for (const env of envs) {
      if (!isRecord(env)) continue;
      if (typeof env.url === "string") urls.push(env.url);
      if (isRecord(env.flyway)) locations.push(...list(env.flyway.locations));
    }
  } else {
    const prop = (key) => new RegExp(`^\\s*flyway\\.${key}\\s*[=:]\\s*(.*)$`, "m").exec(config.text)?.[1];
    locations = (prop("locations") ?? "").split(",");
    urls = [prop("url") ?? ""];
  }
  const dialects = urls.map(dialectOfUrl);
  const sqlite = dialects.some((d) => d.dialect === "sqlite");
  const other = dialects.find((d) => d.dialect === "other");
  const claims = [];
  for (const raw of locations.map((l) => l.trim()).filter(Boolean)) {
    const m = /^(filesystem:|classpath:)?(.*)$/.exec(raw);
    const written = m[1] === "classpath:" ? `src/main/resources/${m[2]}` : m[2];
    claims.push({
      dir: joinInRepo(folderOf(config.path), written),
      written,
      layout: "flyway",
      tool: "Flyway",
      dialect: sqlite ? "sqlite" : other ? "other" : "unstated",
      ...!sqlite && other?.name ? { dialectName: other.name } : {},
      evidence: [
        {
          file: config.path,
          line: lineMatching(config.text, new RegExp(escapeRegExp(raw))) ?? 1,
          says: `says locations ${raw}${sqlite ? " and a jdbc:sqlite URL" : other ? ` and a ${other.name} URL` : ""}`
        }
      ]
    });
  }
  return claims;
}

// src/core/tools/golang-migrate.ts
var REPO6 = "https://github.com/golang-migrate/migrate";
var PAIRED_NAME = /^\d+_.*\.(up|down)\.sql$/;
var golangMigrate = {
  id: "golang-migrate",
  name: "golang-migrate",
  title: "golang-migrate",
  detect: {
    priority: 60,
    evidence: (files) => files.filter(({ name }) => PAIRED_NAME.test(name)).length,
    reason: () => 'files named <digits>_<name>.up.sql / .down.sql; sqlx uses the same names: set layout "sqlx" if sqlx runs them'
  },
  reads: { files: "files named `<digits>_<name>.up.sql` / `.down.sql`" },
  namesOnly: true,
  read: (files) => {
    const ownTransactions = files.some(
      (file) => pairedName(baseName(file.rel)) && OWN_BEGIN.test(file.text ?? "")
    );
    return readNamed(files, pairedName, () => !ownTransactions);
  },
  looksLike: (name) => PAIRED_NAME.test(name) ? "a golang-migrate/sqlx up/down file" : void 0,
  order: { by: "number", how: "golang-migrate sorts versions as numbers" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "run golang-migrate with `x-no-tx-wrap=true` in the database URL (every file then manages its own transaction)"
  },
  // golang-migrate v4 (master, 2026): migrate.go Up()/readUp(), source/migration.go, database/sqlite3.
  applied: {
    outOfOrder: {
      does: "records only the newest applied version: a migration older than it is never applied, and nothing says so",
      source: `${REPO6}/blob/master/migrate.go`
      // Up() → readUp(curVersion): only versions after the current one
    },
    duplicate: {
      does: "refuses the source: two up (or two down) files with one version",
      source: `${REPO6}/blob/master/source/migration.go`
      // Migrations.Append() → ErrDuplicateMigration
    },
    renamed: {
      does: 'knows a migration by its version only: a new name part changes nothing; a new version is another migration, and when the old one was the current version, up fails with "no migration found for version N"',
      source: `${REPO6}/blob/master/migrate.go`
      // versionExists()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO6}/blob/master/database/sqlite3/sqlite3.go`
      // ensureVersionTable(): version and dirty only
    },
    deleted: {
      does: 'keeps only the newest applied version: deleting an older migration goes unnoticed, deleting the newest makes up fail with "no migration found for version N"',
      source: `${REPO6}/blob/master/migrate.go`
      // readUp() → versionExists()
    }
  },
  tracking: {
    tables: ["schema_migrations"],
    stores: "one row: the newest applied `version` and a `dirty` flag",
    source: `${REPO6}/blob/master/database/sqlite3/sqlite3.go`,
    // SetVersion(): DELETE, then INSERT one row
    reader: {
      table: "schema_migrations",
      query: "SELECT version, dirty FROM schema_migrations",
      rows: atVersion,
      key: (m) => numeric(m.version),
      missing: 'migrate refuses to go on from a version with no file: up and down fail with "no migration found for version N"',
      failed: 'migrate refuses every command on a dirty database ("Dirty database version N. Fix and force version."): fix the schema by hand, then `migrate force` the version it is really at',
      source: `${REPO6}/blob/master/database/sqlite3/sqlite3.go`
      // Version(): SELECT version, dirty ... LIMIT 1
    }
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 6 },
    files: (version, name) => pairedFiles(version, name)
  },
  /**
   * The released `migrate` binaries carry no SQLite driver: this is the CLI built with `-tags 'sqlite3'`
   * (the cgo driver, scheme `sqlite3://`); one built with the cgo-free `-tags 'sqlite'` takes `sqlite://`,
   * in the config's own `up`/`down`. The driver drops the scheme and opens the rest, so `sqlite3://` and an
   * absolute path make `sqlite3:///abs/file`. A history whose files hold their own BEGIN needs
   * `?x-no-tx-wrap=true` on the URL, likewise in the config's own commands.
   */
  runner: {
    up: "migrate -path {dir} -database sqlite3://{db} up 1",
    down: "migrate -path {dir} -database sqlite3://{db} down 1",
    to: "migrate -path {dir} -database sqlite3://{db} goto {version}",
    source: `${REPO6}/blob/master/cmd/migrate/README.md`
    // usage: -path, -database, up [N], down [N], goto V; database/sqlite3 Open()
  }
};

// src/core/code-span.ts
function codeSpan(text2) {
  if (text2 === "") return "` `";
  let longest = 0;
  for (const run of text2.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const edge = /^[` ]|[` ]$/.test(text2) && text2.trim() !== "" ? " " : "";
  return `${fence}${edge}${text2}${edge}${fence}`;
}
function splitCodeSpans(prose) {
  const parts = [];
  let plain2 = "";
  let at = 0;
  while (at < prose.length) {
    const open = prose.indexOf("`", at);
    if (open === -1) break;
    let width = 1;
    while (prose[open + width] === "`") width++;
    const close = closingRun(prose, open + width, width);
    if (close === -1) {
      plain2 += prose.slice(at, open + width);
      at = open + width;
      continue;
    }
    plain2 += prose.slice(at, open);
    if (plain2) parts.push({ code: false, text: plain2 });
    plain2 = "";
    let code = prose.slice(open + width, close);
    if (code.length > 1 && code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "")
      code = code.slice(1, -1);
    parts.push({ code: true, text: code });
    at = close + width;
  }
  plain2 += prose.slice(at);
  if (plain2) parts.push({ code: false, text: plain2 });
  return parts;
}
function closingRun(text2, from, width) {
  let at = from;
  while (at < text2.length) {
    const start = text2.indexOf("`", at);
    if (start === -1) return -1;
    let end = start;
    while (text2[end] === "`") end++;
    if (end - start === width) return start;
    at = end;
  }
  return -1;
}

// src/core/layouts/statement-buffer.ts
var StatementBuffer = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  start = -1;
  end = -1;
  file = { transaction: true, problems: [] };
  get empty() {
    return this.start === -1;
  }
  add(lineStart, lineText) {
    if (this.start === -1) this.start = lineStart;
    this.end = lineStart + lineText.length;
  }
  open(direction, line, transaction = true) {
    this.file[direction] ??= { chunks: [], line, transaction };
    if (!transaction) this.file[direction].transaction = false;
  }
  flush(direction) {
    if (this.start === -1) return;
    const section = direction && this.file[direction];
    if (section) section.chunks.push(chunkAt(this.text, this.start, this.end));
    this.start = -1;
  }
  problem(line, message) {
    this.file.problems.push({ line, message });
  }
};
function endsWithSemicolon(line) {
  let last = "";
  for (const word of line.split(/\s+/)) {
    if (word.startsWith("--")) break;
    if (word !== "") last = word;
  }
  return last.endsWith(";");
}

// src/core/tools/goose-sql.ts
var GOOSE_ANNOTATIONS = [
  "Up",
  "Down",
  "StatementBegin",
  "StatementEnd",
  "NO TRANSACTION",
  "ENVSUB ON",
  "ENVSUB OFF"
];
var UP2 = "`-- +goose Up`";
var DOWN2 = "`-- +goose Down`";
var BEGIN = "`-- +goose StatementBegin`";
var END = "`-- +goose StatementEnd`";
var GOOSE_SAYS = {
  mustStartUp: "must start with '-- +goose Up' annotation",
  duplicateUp: "duplicate '-- +goose Up' annotations",
  beginPlace: "'-- +goose StatementBegin' must be defined after '-- +goose Up' or '-- +goose Down' annotation",
  endPlace: "'-- +goose StatementEnd' must be defined after '-- +goose StatementBegin'",
  missingEnd: "missing '-- +goose StatementEnd' annotation",
  semicolon: "unexpected unfinished SQL query \u2026 missing semicolon?",
  unexpected: "unexpected state 0 on line \u2026",
  invalid: "invalid annotation"
};
var refuses = (says, command = "goose up") => `goose refuses the file ("${says}"), so \`${command}\` stops at it`;
function splitGoose(text2) {
  const buffer = new StatementBuffer(text2);
  let state = "start";
  let upLine = 0;
  let downLine = 0;
  let blockLine = 0;
  let pending;
  let lineNo = 0;
  const flush = (direction) => {
    buffer.flush(direction);
    pending = void 0;
  };
  const noSemicolon = (which, where2 = "") => {
    const p = pending;
    const command = state === "down" ? "goose down" : "goose up";
    const lines = p.first === p.last ? `line ${p.first}` : `lines ${p.first}-${p.last}`;
    return `the last ${which} (${lines}: ${codeSpan(excerpt(p.text, 60))}) does not end with \`;\`${where2}; ${refuses(GOOSE_SAYS.semicolon, command)}: end line ${p.last} with \`;\``;
  };
  for (const { text: line, start } of linesOf(text2)) {
    lineNo++;
    if (state === "start" && line.trim() === "") continue;
    if (line.trimStart().startsWith("--") && line.includes("+goose")) {
      const annotation = gooseAnnotation(line);
      if (annotation.problem) {
        buffer.problem(lineNo, annotation.problem);
        continue;
      }
      switch (annotation.name) {
        case "Up":
          if (state === "start") {
            state = "up";
            upLine = lineNo;
            buffer.open(state, lineNo);
          } else
            buffer.problem(
              lineNo,
              `a second ${UP2} (the first is at line ${upLine}); ${refuses(GOOSE_SAYS.duplicateUp)}: keep one ${UP2}, above the statements it applies`
            );
          continue;
        case "Down":
          if (state === "up" && !block(blockLine)) {
            if (pending)
              buffer.problem(pending.last, noSemicolon("up statement", ` before ${DOWN2} at line ${lineNo}`));
            flush("up");
            state = "down";
            downLine = lineNo;
            buffer.open(state, lineNo);
          } else buffer.problem(lineNo, misplacedDown(state, lineNo, blockLine, downLine));
          continue;
        case "StatementBegin":
          if (state === "start" || block(blockLine))
            buffer.problem(
              lineNo,
              state === "start" ? `${BEGIN} comes before ${UP2}; ${refuses(GOOSE_SAYS.beginPlace)}: put ${UP2} (or ${DOWN2}) above it` : `${BEGIN} is inside the block opened at line ${blockLine}; ${refuses(GOOSE_SAYS.beginPlace)}: close that block with ${END} first`
            );
          else {
            flush(state);
            blockLine = lineNo;
          }
          continue;
        case "StatementEnd":
          if (!block(blockLine))
            buffer.problem(
              lineNo,
              `${END} has no ${BEGIN} before it; ${refuses(GOOSE_SAYS.endPlace)}: add ${BEGIN} above the statement it closes, or remove line ${lineNo}`
            );
          else flush(state === "start" ? void 0 : state);
          blockLine = 0;
          continue;
        case "NO TRANSACTION":
          buffer.file.transaction = false;
          continue;
        default:
          continue;
      }
    }
    if (buffer.empty && (line.trimStart().startsWith("--") || line.trim() === "")) continue;
    if (state === "start") {
      buffer.problem(
        lineNo,
        `SQL before ${UP2}; ${refuses(GOOSE_SAYS.unexpected)}: put ${UP2} on a line of its own above it`
      );
      continue;
    }
    buffer.add(start, line);
    if (!pending) pending = { first: lineNo, last: lineNo, text: line };
    else if (line.trim() !== "") pending.last = lineNo;
    if (!block(blockLine) && endsWithSemicolon(line)) flush(state);
  }
  if (state === "start")
    buffer.problem(
      1,
      `no ${UP2} annotation; ${refuses(GOOSE_SAYS.mustStartUp)}: put ${UP2} above the statements that migrate up (and ${DOWN2} above those that undo them)`
    );
  if (block(blockLine))
    buffer.problem(
      blockLine,
      `${BEGIN} has no ${END} after it; ${refuses(GOOSE_SAYS.missingEnd)}: add ${END} on the line after the statement's last line${pending ? ` (line ${pending.last})` : ""}`
    );
  else if (pending)
    buffer.problem(pending.last, noSemicolon(state === "down" ? "down statement" : "statement"));
  flush(state === "start" ? void 0 : state);
  return buffer.file;
}
function block(blockLine) {
  return blockLine > 0;
}
function misplacedDown(state, line, blockLine, downLine) {
  const fails = refuses(GOOSE_SAYS.mustStartUp);
  if (state === "start")
    return `${DOWN2} comes before ${UP2}; ${fails}: put the Up section (${UP2} and its statements) first, then ${DOWN2} and the statements that undo it`;
  if (block(blockLine))
    return `${DOWN2} is inside the ${BEGIN} block opened at line ${blockLine}; ${fails}: add ${END} after the block's last statement, above line ${line}`;
  return `a second ${DOWN2} (the first is at line ${downLine}); ${fails}: keep one ${DOWN2}, above every statement that undoes the up`;
}
function gooseAnnotation(line) {
  const shown = codeSpan(excerpt(line));
  const fails = refuses(GOOSE_SAYS.invalid);
  if (/^\s/.test(line))
    return { problem: `${shown} starts with whitespace; ${fails}: start the line with \`--\`` };
  const command = line.replaceAll("--", "").replace("+goose", "").trim();
  if (command.includes("+goose"))
    return { problem: `${shown} holds two \`+goose\` annotations; ${fails}: put each on a line of its own` };
  const name = GOOSE_ANNOTATIONS.find((known) => known.toLowerCase() === command.toLowerCase());
  return name ? { name } : {
    problem: `${shown} is not an annotation goose knows; ${fails}: goose reads Up, Down, StatementBegin, StatementEnd, NO TRANSACTION, ENVSUB ON and ENVSUB OFF (in any case), and any comment holding \`+goose\` as one of them`
  };
}

// src/core/tools/goose.ts
var UP_MARKER2 = /^--\s*\+goose\s+up\s*$/im;
var REPO7 = "https://github.com/pressly/goose";
var goose = {
  id: "goose",
  name: "goose",
  title: "goose",
  detect: {
    priority: 50,
    compete: true,
    evidence: (files) => files.filter(({ name, file }) => name.endsWith(".sql") && UP_MARKER2.test(file.text ?? "")).length,
    reason: () => "SQL files with `-- +goose Up` annotations"
  },
  reads: {
    files: "`<int>_<name>.sql` files and `<int>_<name>.go` files (Go migrations registered in the binary)",
    // goose's CLI collects every `*.sql` of the directory and fails on one whose version it cannot parse.
    refuses: () => 'goose refuses the directory for it: "could not parse SQL migration file" (goose takes the number before the first `_` as the version)'
  },
  read: (files) => readMarkerFiles(files, {
    tool: "goose",
    // goose takes the text before the first `_` as an int64 version.
    parseName: (file) => {
      const match = /^(\d+)_(.*)\.sql$/.exec(file);
      return match ? { version: match[1] ?? "", name: match[2] ?? "" } : void 0;
    },
    split: splitGoose,
    codeSteps: ["go"],
    problemsSayFix: true
  }),
  order: { by: "number", how: "goose sorts versions as numbers" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "add `-- +goose NO TRANSACTION` to the file",
    markOptOut: (text2) => `-- +goose NO TRANSACTION
${text2}`,
    // provider_run.go runs a Provider's migrations on one *sql.Conn (p.db.Conn); migration_sql.go's
    // runSQLMigration, what the goose CLI and goose.Up run, sends each statement to the *sql.DB pool
    // (db.ExecContext), and database/sql hands out the connection freed last.
    optOutConnection: "goose then runs each statement by itself, and a PRAGMA or BEGIN holds only on its own connection: goose's Provider runs them all on one, the goose CLI and goose.Up each on the *sql.DB pool's most recently freed one, the same while nothing else uses the pool (as in the goose CLI) and certainly with db.SetMaxOpenConns(1) and no SetConnMaxLifetime"
  },
  // goose v3.27: the package API the goose CLI runs (up.go, migrate.go, migration.go).
  applied: {
    outOfOrder: {
      does: "refuses to migrate when a pending migration is older than the newest applied one, unless run with `-allow-missing`",
      source: `${REPO7}/blob/main/up.go`
      // UpTo(): "found N missing migrations before current version"
    },
    duplicate: {
      does: "refuses the directory: two migrations with one version",
      source: `${REPO7}/blob/main/migrate.go`
      // Migrations.Less(): "duplicate version … detected"
    },
    renamed: {
      does: "knows a migration by its version only: a new name part keeps it applied; a new version is a new migration, which runs again, or is refused as missing when below the newest applied one",
      source: `${REPO7}/blob/main/migration.go`
      // NumericComponent(): the number before the first `_`
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO7}/blob/main/internal/dialects/sqlite3.go`
      // CreateTable(): no checksum column
    },
    deleted: {
      does: "applies only pending files and ignores recorded versions that have none: a deleted one goes unnoticed",
      source: `${REPO7}/blob/main/up.go`
      // UpTo(): findMissingMigrations() looks only at files
    }
  },
  configs: [{ shown: ".env (GOOSE_)", matches: (name) => name === ".env", read: readGooseEnv }],
  tracking: {
    tables: ["goose_db_version"],
    stores: "one row per applied migration: `version_id`, `is_applied`, `tstamp`; a down deletes the version's row, and a row for version 0 is written when the table is created",
    source: `${REPO7}/blob/main/internal/dialects/sqlite3.go`,
    // CreateTable(), InsertVersion(), DeleteVersion()
    reader: {
      table: "goose_db_version",
      query: "SELECT version_id, is_applied FROM goose_db_version ORDER BY id DESC",
      rows: latestPerVersion,
      key: (m) => numeric(m.version),
      missing: "`goose up` leaves a version whose file is gone alone; `goose down` fails while it is the current version, as there is no file to run",
      source: `${REPO7}/blob/main/internal/dialects/sqlite3.go`
      // ListMigrations(): newest row first; down.go: migrations.Current()
    }
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) => [
      { rel: `${version}${shape.separator}${name}.sql`, text: markerFile("-- +goose Up", "-- +goose Down") }
    ]
  },
  /**
   * The goose CLI runs SQL files only: a `.go` migration fails there ("Go functions must be registered and
   * built into a custom binary"), so a history with Go migrations runs the project's own binary, which the
   * config gives as its own `up`/`down` (`go run ./cmd/migrate -dir {dir} up-by-one`). The driver and the
   * file go in GOOSE_DRIVER/GOOSE_DBSTRING, not as arguments: goose puts those variables, when set, in front
   * of its arguments, so a project's `.env` setting them would shift `sqlite3 {db}` out of place; set here,
   * they win (goose's `.env` never overrides a set variable). `-table` outranks GOOSE_TABLE and keeps the
   * table the one lockstep leaves out of the schema.
   */
  runner: {
    up: "goose -dir {dir} -table goose_db_version up-by-one",
    down: "goose -dir {dir} -table goose_db_version down",
    to: "goose -dir {dir} -table goose_db_version up-to {version}",
    env: { GOOSE_DRIVER: "sqlite3", GOOSE_DBSTRING: "{db}" },
    source: `${REPO7}/blob/main/cmd/goose/main.go`
    // usage: up-by-one, down, up-to; mergeArgs(), loadEnvConfig()
  }
};
var GOOSE_SQLITE = /^(sqlite3?|turso)$/;
function readGooseEnv(config) {
  const vars = readEnvFile(config.text);
  const dir = vars.get("GOOSE_MIGRATION_DIR");
  if (!dir) return [];
  const driver = vars.get("GOOSE_DRIVER");
  const evidence = [{ file: config.path, line: dir.line, says: `says GOOSE_MIGRATION_DIR=${dir.value}` }];
  if (driver)
    evidence.push({ file: config.path, line: driver.line, says: `says GOOSE_DRIVER=${driver.value}` });
  const dialect = !driver ? "unstated" : GOOSE_SQLITE.test(driver.value) ? "sqlite" : "other";
  return [
    {
      dir: joinInRepo(folderOf(config.path), dir.value),
      written: dir.value,
      layout: "goose",
      tool: "goose",
      dialect,
      ...dialect === "other" ? { dialectName: driver?.value } : {},
      evidence
    }
  ];
}

// src/core/tools/goose-v1.ts
var REPO8 = "https://github.com/liamstask/goose";
var PREFIX = "-- +goose ";
var gooseV1 = {
  id: "goose-v1",
  name: "goose v1",
  title: "liamstask/goose",
  // Never detected: its files are goose's; only what it does with a file that lacks a last `;` differs.
  reads: { files: "`<int>_<name>.sql` and `<int>_<name>.go` files, in sub-folders too" },
  read: (files) => readMarkerFiles(files, {
    tool: "goose v1",
    // lib/goose/migrate.go NumericComponent(): the number before the first `_` of a `.sql` or `.go` file.
    parseName: (file) => {
      const match = /^(\d+)_(.*)\.sql$/.exec(file);
      return match ? { version: match[1] ?? "", name: match[2] ?? "" } : void 0;
    },
    split: splitGooseV1,
    codeSteps: ["go"]
  }),
  order: { by: "number", how: "goose v1 sorts versions as numbers" },
  downs: "always",
  // lib/goose/migration_sql.go runSQLMigration(): every file in a transaction; there is no opt-out.
  transaction: { wraps: "each-file" },
  applied: {
    outOfOrder: {
      does: "applies only versions newer than the current one: an older pending migration is never applied, and nothing says so",
      source: `${REPO8}/blob/master/lib/goose/migrate.go`
      // CollectMigrations() → versionFilter()
    },
    duplicate: {
      does: 'stops: "more than one file specifies the migration for version N"',
      source: `${REPO8}/blob/master/lib/goose/migrate.go`
      // CollectMigrations()
    },
    renamed: {
      does: "knows a migration by its version only: a new name part keeps it applied; a new version is a new migration, applied only when it is newer than the current one",
      source: `${REPO8}/blob/master/lib/goose/migrate.go`
      // NumericComponent()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO8}/blob/master/lib/goose/dialect.go`
      // createVersionTableSql(): no checksum column
    }
  },
  tracking: {
    tables: ["goose_db_version"],
    stores: "one row per up or down: `version_id`, `is_applied`, `tstamp`; the newest row says the current version",
    source: `${REPO8}/blob/master/lib/goose/migrate.go`,
    // EnsureDBVersion(), FinalizeMigration()
    reader: {
      table: "goose_db_version",
      query: "SELECT version_id, is_applied FROM goose_db_version ORDER BY id DESC",
      rows: latestPerVersion,
      key: (m) => numeric(m.version),
      missing: "goose counts a version whose file is gone as applied and has no file to roll it back with",
      source: `${REPO8}/blob/master/lib/goose/migrate.go`
      // EnsureDBVersion(): the newest row per version counts
    }
  },
  // No runner preset: goose v1 takes the driver and the database only from `<-path>/dbconf.yml`, never
  // from its arguments, so its command line cannot name a throwaway file.
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) => [
      { rel: `${version}${shape.separator}${name}.sql`, text: markerFile("-- +goose Up", "-- +goose Down") }
    ]
  }
};
function splitGooseV1(text2) {
  const split = { transaction: true, problems: [], dropped: [] };
  let sections = 0;
  for (const direction of ["up", "down"]) {
    const buffer = new StatementBuffer(text2);
    let active = false;
    let block2 = false;
    let ended = false;
    let startLine = 0;
    let lineNo = 0;
    for (const { text: line, start } of linesOf(text2)) {
      lineNo++;
      if (line.startsWith(PREFIX)) {
        const command = line.slice(PREFIX.length).trim();
        if (command === "Up" || command === "Down") {
          active = command.toLowerCase() === direction;
          if (active) buffer.open(direction, lineNo);
          if (direction === "up") sections++;
          continue;
        }
        if (command === "StatementBegin" && active) block2 = true;
        if (command === "StatementEnd" && active) {
          ended = block2;
          block2 = false;
        }
        if (!ended) continue;
      }
      if (!active) continue;
      const comment = line.trimStart().startsWith("--") || line.trim() === "";
      if (!comment || !buffer.empty) {
        if (buffer.empty) startLine = lineNo;
        if (!line.startsWith(PREFIX)) buffer.add(start, line);
      }
      if (!block2 && endsWithSemicolon(line) || ended) {
        ended = false;
        buffer.flush(direction);
      }
    }
    if (!buffer.empty) split.dropped?.push(droppedAt(direction, startLine, block2));
    split[direction] = buffer.file[direction];
  }
  if (sections === 0)
    split.problems.push({
      line: 1,
      message: "no `-- +goose Up` or `-- +goose Down` annotation: goose v1 stops"
    });
  return split;
}
function droppedAt(direction, line, block2) {
  const what = block2 ? "is in a `-- +goose StatementBegin` block never closed with StatementEnd: goose v1 logs a warning (\"saw '-- +goose StatementBegin' with no matching '-- +goose StatementEnd'\"), leaves it out" : "has no closing `;`: goose v1 leaves it out without a word";
  return {
    line,
    message: `the last ${direction} statement ${what} and applies the rest, and so does lockstep; ${block2 ? "close the block with `-- +goose StatementEnd`" : "end it with `;`"} (pressly's goose refuses such a file)`
  };
}

// src/core/discovery/js-config.ts
function balancedAt(text2, open) {
  const pairs = { "{": "}", "[": "]", "(": ")" };
  const stack = [];
  for (let i = open; i < text2.length; i++) {
    const c = text2[i];
    if (c === '"' || c === "'" || c === "`") {
      const end = closingQuote(text2, i);
      if (end === -1) return void 0;
      i = end;
    } else if (c === "/" && text2[i + 1] === "/") {
      const end = text2.indexOf("\n", i);
      i = end === -1 ? text2.length : end;
    } else if (c === "/" && text2[i + 1] === "*") {
      const end = text2.indexOf("*/", i + 2);
      i = end === -1 ? text2.length : end + 1;
    } else if (pairs[c]) stack.push(pairs[c]);
    else if (c === "}" || c === "]" || c === ")") {
      if (stack.pop() !== c) return void 0;
      if (stack.length === 0) return text2.slice(open, i + 1);
    }
  }
  return void 0;
}
function closingQuote(text2, start) {
  const quote = text2[start];
  for (let i = start + 1; i < text2.length; i++) {
    if (text2[i] === "\\") i++;
    else if (text2[i] === quote) return i;
  }
  return -1;
}
function objectsOf(text2, key) {
  const found = [];
  for (const m of text2.matchAll(new RegExp(`(?:^|[\\s{,])["']?${key}["']?\\s*:\\s*\\{`, "g"))) {
    const open = m.index + m[0].length - 1;
    const body = balancedAt(text2, open);
    if (body) found.push({ body, at: open });
  }
  return found;
}
var STRING2 = /^(["'`])((?:(?!\1)[^\\$]|\\.)*)\1/;
var PATH_CALL = /^(?:path\.)?(?:join|resolve)\s*\(/;
var HERE = /^(__dirname|import\.meta\.dirname)$/;
function pathsOf(expression) {
  const e = expression.trim();
  const literal = STRING2.exec(e);
  if (literal && literal[0].length === e.length) return [{ path: literal[2], fromFile: false }];
  const template = /^`\$\{(__dirname|import\.meta\.dirname)\}\/?([^`$]*)`$/.exec(e);
  if (template) return [{ path: template[2] || ".", fromFile: true }];
  const sum = /^(__dirname|import\.meta\.dirname)\s*\+\s*(["'])\/?([^"']*)\2$/.exec(e);
  if (sum) return [{ path: sum[3] || ".", fromFile: true }];
  if (PATH_CALL.test(e)) {
    const args = balancedAt(e, e.indexOf("("));
    if (!args || args.length !== e.length - e.indexOf("(")) return [];
    const [first, ...rest] = splitTopLevel(args.slice(1, -1));
    if (first === void 0 || !(HERE.test(first) || first === "process.cwd()")) return [];
    const strings = rest.map((p) => STRING2.exec(p)?.[2]);
    if (!strings.every((s) => s !== void 0)) return [];
    return [{ path: strings.join("/").replace(/^\.?\//, "") || ".", fromFile: HERE.test(first) }];
  }
  if (e.startsWith("[")) {
    const list = balancedAt(e, 0);
    return list ? splitTopLevel(list.slice(1, -1)).flatMap(pathsOf) : [];
  }
  return [];
}
function splitTopLevel(inside) {
  const items = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inside.length; i++) {
    const c = inside[i];
    if (c === '"' || c === "'" || c === "`") i = Math.max(i, closingQuote(inside, i));
    else if ("{[(".includes(c)) depth++;
    else if ("}])".includes(c)) depth--;
    else if (c === "," && depth === 0) {
      items.push(inside.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = inside.slice(start).trim();
  if (last !== "") items.push(last);
  return items;
}
function propertyOf(text2, object, key) {
  const inside = object.body.slice(1, -1);
  let offset = 1;
  for (const item of splitTopLevel(inside)) {
    const at = object.body.indexOf(item, offset);
    offset = at + item.length;
    const m = new RegExp(`^["']?${key}["']?\\s*:\\s*`).exec(item);
    if (m) return { expression: item.slice(m[0].length), line: positionAt(text2, object.at + at).line };
  }
  return void 0;
}
function stringsOf2(text2, key) {
  return [
    ...text2.matchAll(new RegExp(`(?:^|[\\s{,])["']?${key}["']?\\s*:\\s*(["'\`])([^"'\`]*)\\1`, "g"))
  ].map((m) => ({ value: m[2], line: positionAt(text2, m.index + m[0].search(/\S/)).line }));
}

// src/core/layouts/code-reader.ts
function readCodeFiles(files, layout) {
  const result = emptyResult();
  for (const file of files) {
    if (!layout.loads(file.rel)) continue;
    result.claimed.add(file.rel);
    if (file.text === void 0) {
      const named = layout.fromName?.(file.rel);
      result.findings.push(unreadableFinding(file, named?.version));
      if (named) result.entries.push(entryOf(file, { ...named, down: false, transaction: true }, false));
      continue;
    }
    const parsed = layout.parse(file, file.text);
    if (!Array.isArray(parsed)) {
      result.findings.push(
        finding("parse-error", `${file.display}:${parsed.line}: ${parsed.problem}`, {
          file: file.display,
          line: parsed.line
        })
      );
      continue;
    }
    if (parsed.length === 0) result.claimed.delete(file.rel);
    for (const migration of parsed) result.entries.push(entryOf(file, migration, true));
  }
  return result;
}
function entryOf(file, m, readable) {
  return {
    migration: {
      version: m.version,
      name: m.name,
      files: [file.display],
      ...readable ? { code: file.display } : {},
      ...m.down ? { down: script(file, [], m.transaction) } : {},
      ...m.step ? { step: m.step } : {}
    },
    rels: [file.rel],
    sortName: m.sortName ?? baseName(file.rel)
  };
}
function extensionOf(rel) {
  const name = baseName(rel);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot);
}

// src/core/tools/knex.ts
var REPO9 = "https://github.com/knex/knex";
var MIGRATE = `${REPO9}/blob/master/lib/migrations`;
var MAKE = "`npx knex migrate:make NAME`";
var ADVICE2 = `knex writes its own migrations: run ${MAKE}, then \`lockstep lock\``;
var KNEX_LOAD_EXTENSIONS = [
  ".co",
  ".coffee",
  ".eg",
  ".iced",
  ".js",
  ".cjs",
  ".litcoffee",
  ".ls",
  ".ts"
];
var UP3 = /\bexports\.up\b|\bexport\s+(?:async\s+)?function\s+up\b|\bexport\s+const\s+up\b|\bup\s*[:(]/;
var DOWN3 = /\bexports\.down\b|\bexport\s+(?:async\s+)?function\s+down\b|\bexport\s+const\s+down\b|\bdown\s*[:(]|[{,]\s*down\s*[,}]/;
var UP_SHORT = /[{,]\s*up\s*[,}]/;
var NO_TRANSACTION = /\bconfig\b[^;]*?\btransaction\s*:\s*false\b/;
function knexName(rel) {
  if (dirName(rel) !== "" || !KNEX_LOAD_EXTENSIONS.includes(extensionOf(rel)))
    return void 0;
  const file = baseName(rel);
  const stem = file.slice(0, file.length - extensionOf(rel).length);
  const m = /^(\d+)_?(.*)$/.exec(stem);
  return m ? { version: m[1], name: m[2] || stem } : { version: stem, name: stem };
}
var knex = {
  id: "knex",
  name: "knex",
  title: "knex",
  detect: {
    priority: 62,
    // Code files only where no SQL file is a migration: a generator script beside SQL is not a knex set.
    evidence: (files) => files.some(({ name }) => name.endsWith(".sql")) ? 0 : files.filter(
      ({ name, folder, file }) => folder === "" && /^\d+_.+\.(js|cjs|ts)$/.test(name) && /\bknex\b/i.test(file.text ?? "") && UP3.test(file.text ?? "")
    ).length,
    reason: () => "knex migrations: <timestamp>_<name>.js/.ts files exporting up(knex) and down(knex)"
  },
  reads: {
    files: `the files at the top of its directory with an extension of \`loadExtensions\` (by default ${KNEX_LOAD_EXTENSIONS.join(" ")})`
  },
  namesOnly: true,
  read: (files) => readCodeFiles(files, {
    loads: (rel) => knexName(rel) !== void 0,
    fromName: knexName,
    parse: (file, text2) => {
      const named = knexName(file.rel);
      if (!(UP3.test(text2) || UP_SHORT.test(text2)) || !DOWN3.test(text2))
        return {
          problem: `knex refuses to run it, and every migration after it in the same call: "Invalid migration: ${baseName(file.rel)} must have both an up and down function". Export both \`up\` and \`down\` (a down that does nothing is \`exports.down = async () => {}\`)`,
          line: 1
        };
      return [
        {
          ...named,
          down: true,
          transaction: !NO_TRANSACTION.test(text2),
          step: { migration: baseName(file.rel) }
        }
      ];
    }
  }),
  order: { by: "name-text", how: "knex sorts the files of its migration directory by name" },
  downs: "always",
  transaction: {
    wraps: "all-pending",
    optOut: "export `config = { transaction: false }` from the migration file",
    pragmaIgnored: "`knex migrate:latest` runs every pending migration in one transaction (each in its own with `migrate:up`), where SQLite ignores it; export `config = { transaction: false }` from the migration so it runs outside one"
  },
  // knex 3.3: Migrator.js and migration-list-resolver.js; migrations are known by file name only.
  applied: {
    outOfOrder: {
      does: "applies every file not recorded in knex_migrations, in file-name order, however old its name: an older pending migration runs after newer applied ones and nothing says so",
      source: `${MIGRATE}/migrate/Migrator.js`
      // latest(): getNewMigrations() = all files not completed
    },
    duplicate: {
      does: "knows migrations by file name, not by number: both files run, in file-name order",
      source: `${MIGRATE}/migrate/sources/fs-migrations.js`
      // getMigrationName(): migration.file
    },
    renamed: {
      does: 'refuses to migrate after a rename: "The migration directory is corrupt, the following files are missing: <old name>" (and the new name would run again)',
      source: `${MIGRATE}/migrate/Migrator.js`
      // validateMigrationList()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${MIGRATE}/migrate/table-creator.js`
      // knex_migrations: id, name, batch, migration_time
    },
    deleted: {
      does: 'refuses to migrate: "The migration directory is corrupt, the following files are missing: \u2026" unless `disableMigrationsListValidation` is set',
      source: `${MIGRATE}/migrate/Migrator.js`
      // validateMigrationList()
    }
  },
  configs: [
    {
      shown: "knexfile.*",
      matches: (name) => /^knexfile\.(js|ts|cjs|mjs)$/.test(name),
      read: readKnexfile
    }
  ],
  tracking: {
    tables: ["knex_migrations", "knex_migrations_lock"],
    stores: "one row per applied migration in knex_migrations: `name` (the file name), `batch`, `migration_time`; a down deletes the row; knex_migrations_lock holds one `is_locked` row",
    source: `${MIGRATE}/migrate/table-creator.js`,
    reader: {
      table: "knex_migrations",
      query: "SELECT name FROM knex_migrations ORDER BY id",
      rows: (rows) => keyed(rows),
      key: (m) => baseName(m.files[0] ?? ""),
      missing: 'knex refuses to migrate: "The migration directory is corrupt, the following files are missing" (unless disableMigrationsListValidation is set)',
      source: `${MIGRATE}/migrate/Migrator.js`
      // validateMigrationList(), unless disableMigrationsListValidation
    }
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    clock: true,
    refuse: {
      new: `is a knex set: ${ADVICE2}`,
      renumber: `is a knex set, whose migrations are known by file name: a renamed applied migration stops knex ("The migration directory is corrupt"); ${ADVICE2}`,
      change: `write a new migration with ${MAKE}`,
      clash: `rename your new migration with a later timestamp (or write it again with ${MAKE}); never rename an applied one, knex refuses a directory that lost a recorded file`,
      early: `rename your new migration with a later timestamp (or write it again with ${MAKE}), so it sorts after the applied ones`
    }
  },
  // knex's CLI without a knexfile connection: --client and --connection override the knexfile's (bin/cli.js
  // initKnex merges the flags over it), a plain path is a SQLite filename (parse-connection.js), and
  // migrate:up/down name exactly the migration (Migrator.up/down with `name`).
  code: true,
  runner: {
    up: "npx --no-install knex --client better-sqlite3 --connection {db} --migrations-directory {dir} migrate:up {migration}",
    down: "npx --no-install knex --client better-sqlite3 --connection {db} --migrations-directory {dir} migrate:down {migration}",
    to: "npx --no-install knex --client better-sqlite3 --connection {db} --migrations-directory {dir} migrate:to {migration}",
    placeholders: ["migration"],
    source: `${REPO9}/blob/master/bin/cli.js`
  }
};
var KNEX_SQLITE = /^(sqlite3?|better-sqlite3)$/;
function readKnexfile(config) {
  const clients = stringsOf2(config.text, "client");
  const sqlite = clients.filter((c) => KNEX_SQLITE.test(c.value));
  const other = clients.find((c) => !KNEX_SQLITE.test(c.value));
  const dialect = sqlite.length > 0 ? "sqlite" : other ? "other" : "unstated";
  const clientEvidence = (sqlite.length > 0 ? sqlite.slice(0, 1) : other ? [other] : []).map(
    (c) => ({ file: config.path, line: c.line, says: `says client '${c.value}'` })
  );
  const dirs = /* @__PURE__ */ new Map();
  for (const block2 of objectsOf(config.text, "migrations")) {
    const directory = propertyOf(config.text, block2, "directory");
    if (!directory) continue;
    for (const { path } of pathsOf(directory.expression))
      if (!dirs.has(path))
        dirs.set(path, {
          file: config.path,
          line: directory.line,
          says: `says migrations directory ${path}`
        });
  }
  const claim = {
    layout: "knex",
    tool: "knex",
    dialect,
    ...dialect === "other" ? { dialectName: other?.value } : {}
  };
  const folder = folderOf(config.path);
  if (dirs.size === 0)
    return [
      {
        ...claim,
        dir: joinInRepo(folder, "migrations"),
        written: "./migrations",
        guessed: true,
        evidence: [
          ...clientEvidence,
          {
            file: config.path,
            line: 1,
            says: "names no migrations directory: knex's default is ./migrations"
          }
        ]
      }
    ];
  return [...dirs].map(([written, evidence]) => ({
    ...claim,
    dir: joinInRepo(folder, written),
    written,
    evidence: [...clientEvidence, evidence]
  }));
}

// src/core/tools/pattern.ts
var pattern = {
  id: "pattern",
  name: "pattern",
  title: "pattern",
  reads: { files: "the files the `pattern` matches" },
  namesOnly: true,
  read: (files, context) => readPattern(files, context.pattern ?? /$^/),
  order: { by: "number", how: "lockstep applies `pattern` versions by number" },
  downs: "by-pattern",
  transaction: { wraps: "as-written" },
  // The runner is the application's: nothing is known of what it does with an applied migration.
  applied: {},
  tracking: { tables: [], stores: "whatever the application's runner keeps", source: "lockstep" },
  // New files copy the newest migration's names, with the version (and name) replaced.
  authoring: { firstScheme: { kind: "timestamp", digits: 14 } }
};
function readPattern(files, regex) {
  const namer = (fileName) => {
    const groups = regex.exec(fileName)?.groups;
    if (!groups?.version) return void 0;
    const direction = groups.direction?.toLowerCase();
    return {
      version: groups.version,
      name: groups.name ?? "",
      direction: direction === "down" || direction === "undo" ? "down" : "up"
    };
  };
  return readNamed(
    files,
    (fileName) => namer(fileName),
    () => false,
    (file) => namer(file.rel),
    ANY_CODE
  );
}

// src/core/tools/plain.ts
var SIMPLE_NAME = /^\d+_.+\.sql$/;
var plain = {
  id: "plain",
  name: "plain",
  title: "plain / Atlas / sqlx simple",
  detect: {
    priority: 70,
    evidence: (files) => files.filter(({ name }) => SIMPLE_NAME.test(name)).length,
    reason: (files) => {
      const atlas = files.some(({ name }) => name === "atlas.sum") ? " with an atlas.sum" : "";
      return `files named <digits>_<name>.sql${atlas}, up only. sqlx, Atlas, Cloudflare D1 and hand-run folders all look like this; lockstep runs them as written. Set layout "d1" or "sqlx" to replay them the way that tool does`;
    }
  },
  // Run as written: whatever runs them is the application's own.
  reads: { files: "numbered `<digits>_<name>.sql` files (every `.sql` file, with an `order` list)" },
  namesOnly: true,
  // With an `order` list, every `.sql` file is a migration whatever its name: the list says which run, and when.
  read: (files, context) => readNamed(
    files,
    simpleName,
    () => false,
    (file) => context.ordered ? anySqlFile(file) : void 0,
    ANY_CODE
  ),
  looksLike: (name) => SIMPLE_NAME.test(name) ? "a numbered migration" : void 0,
  order: { by: "number", how: "lockstep applies plain numbered files by number" },
  downs: "never",
  transaction: { wraps: "as-written" },
  // The runner is the application's: nothing is known of what it does with an applied migration.
  applied: {},
  configs: [{ shown: "atlas.hcl", matches: (name) => name === "atlas.hcl", read: readAtlasHcl }],
  tracking: { tables: [], stores: "whatever the application's runner keeps", source: "lockstep" },
  authoring: {
    firstScheme: { kind: "sequential", width: 4 },
    files: (version, name) => singleFile(version, name)
  }
};
var ATLAS_FORMATS = {
  atlas: "plain",
  "golang-migrate": "golang-migrate",
  goose: "goose",
  flyway: "flyway",
  dbmate: "dbmate"
};
function readAtlasHcl(config) {
  const urls = [...config.text.matchAll(/\b(?:url|dev)\s*=\s*"([^"]*)"/g)].map(
    (m) => dialectOfUrl(m[1])
  );
  const sqlite = urls.some((d) => d.dialect === "sqlite");
  const other = urls.find((d) => d.dialect === "other");
  const format2 = /\bformat\s*=\s*"?([\w-]+)/.exec(config.text)?.[1];
  const layout = format2 ? ATLAS_FORMATS[format2] : "plain";
  if (!layout) return [];
  const dirs = [...config.text.matchAll(/\bdir\s*=\s*"file:\/\/([^"?]*)/g)];
  const claim = {
    layout,
    tool: "Atlas",
    dialect: sqlite ? "sqlite" : other ? "other" : "unstated",
    ...!sqlite && other?.name ? { dialectName: other.name } : {}
  };
  if (dirs.length === 0)
    return [
      {
        ...claim,
        dir: joinInRepo(folderOf(config.path), "migrations"),
        written: "migrations",
        guessed: true,
        evidence: [
          { file: config.path, line: 1, says: "names no migration dir: Atlas's default is migrations/" }
        ]
      }
    ];
  return dirs.map((m) => ({
    ...claim,
    dir: joinInRepo(folderOf(config.path), m[1]),
    written: m[1],
    evidence: [
      { file: config.path, line: positionAt(config.text, m.index).line, says: `says dir = "file://${m[1]}"` }
    ]
  }));
}

// src/core/tools/prisma.ts
var ENGINES = "https://github.com/prisma/prisma-engines/blob/main/schema-engine";
var CLI = "https://github.com/prisma/prisma/blob/main/packages/migrate/src";
var prisma = {
  id: "prisma",
  name: "Prisma",
  title: "Prisma",
  detect: {
    priority: 20,
    evidence: (files) => files.filter(
      ({ name, folder }) => name === "migration_lock.toml" || name === "migration.sql" && folder !== ""
    ).length,
    reason: () => "Prisma folders <timestamp>_<name>/migration.sql (and migration_lock.toml)"
  },
  reads: { files: "`<folder>/migration.sql` files" },
  read: (files) => readPrisma(files),
  looksLike: (name, inFolder) => name === "migration.sql" ? `a Prisma migration${inFolder ? " in a folder" : ""}` : void 0,
  order: { by: "name-text", how: "Prisma sorts folder names as text" },
  downs: "never",
  transaction: { wraps: "as-written" },
  // Prisma 6–7: the schema engine's applyMigrations (run by `migrate deploy`) and diagnoseMigrationHistory
  // (run by `migrate status` and `migrate dev`).
  applied: {
    outOfOrder: {
      does: "`prisma migrate deploy` applies every migration not recorded in _prisma_migrations, older ones included; `prisma migrate status` lists it as not yet applied",
      source: `${ENGINES}/core/src/commands/apply_migrations.rs`
      // apply_migrations(): unapplied_migrations
    },
    duplicate: {
      does: "knows a migration by its folder name: two folders with one timestamp are two migrations, applied in name order",
      source: `${CLI}/utils/listMigrations.ts`
      // listMigrations(): folders sorted by name
    },
    renamed: {
      does: "knows a migration by its folder name: `migrate deploy` applies the renamed folder again, and `migrate status` reports the old name as not found locally",
      source: `${ENGINES}/core/src/commands/diagnose_migration_history.rs`
      // Diagnostics::history(): HistoriesDiverge
    },
    edited: {
      does: "stores a checksum of each migration.sql; `migrate deploy` does not compare it, `migrate dev` reports the migration as modified after it was applied and asks to reset the database",
      source: `${ENGINES}/core/src/commands/diagnose_migration_history.rs`
      // edited_migrations: matches_checksum()
    },
    deleted: {
      does: "`migrate deploy` applies only what is not recorded and carries on without a word (by design: it does not warn about an applied migration missing from the folder); `migrate status` is meant to list it as not found locally",
      // ARCHITECTURE.md ("We don't want to warn if an already applied migration is missing"); prisma/prisma#9311.
      source: "https://github.com/prisma/prisma-engines/pull/2377"
    }
  },
  configs: [{ shown: "*.prisma", matches: (name) => name.endsWith(".prisma"), read: readPrismaSchema }],
  tracking: {
    tables: ["_prisma_migrations"],
    stores: "one row per attempt: `id`, `migration_name` (the folder name), `checksum` (SHA-256 of migration.sql), `started_at`, `finished_at`, `rolled_back_at`, `logs`, `applied_steps_count`",
    source: `${ENGINES}/connectors/sql-schema-connector/src/sql_migration_persistence.rs`,
    // record_migration_started_impl()
    reader: {
      table: "_prisma_migrations",
      // A rolled-back attempt (`prisma migrate resolve --rolled-back`) no longer counts.
      query: "SELECT migration_name, checksum, finished_at FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY started_at",
      rows: (rows) => rows.map((r) => ({
        key: text(r[0]),
        checksum: hex(r[1]),
        failed: r[2] === null ? "finished_at is NULL" : void 0
      })),
      key: (m) => folderName(upFile(m)),
      checksum: {
        of: sha256,
        changed: "`prisma migrate deploy` warns that it was modified since it was applied and goes on (the database keeps what the old text did); `prisma migrate dev` offers to reset the database"
      },
      missing: "`prisma migrate dev` reports it as applied to the database but missing from the migrations directory and offers to reset; `prisma migrate deploy` goes on",
      failed: "`prisma migrate deploy` refuses to apply new migrations (P3009, failed migrations in the target database): mark it with `prisma migrate resolve --rolled-back` or `--applied` once the schema is fixed",
      source: `${ENGINES}/connectors/sql-schema-connector/src/sql_migration_persistence.rs`
      // list_migrations(); the deploy warning: prisma/prisma#9829
    }
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    clock: true,
    files: (version, name) => [{ rel: `${version}_${name}/migration.sql`, text: upTemplate(name, false) }],
    folder: { rename: (folderName2, version, next) => renumberedName(folderName2, version, next) }
  }
};
function readPrisma(files) {
  const result = emptyResult();
  for (const file of files) if (file.rel === "migration_lock.toml") result.claimed.add(file.rel);
  for (const [folder, inside] of byFolder(files)) {
    const file = inside.get("migration.sql");
    if (!file) continue;
    result.claimed.add(file.rel);
    result.entries.push(upOnlyEntry(file, baseName(folder), wholeFile, false, result.findings));
  }
  return result;
}
var PRISMA_OTHER = {
  postgresql: "PostgreSQL",
  postgres: "PostgreSQL",
  mysql: "MySQL",
  sqlserver: "SQL Server",
  cockroachdb: "CockroachDB",
  mongodb: "MongoDB"
};
function readPrismaSchema(config) {
  const block2 = /^\s*datasource\s+\w+\s*\{([^}]*)\}/m.exec(config.text);
  if (!block2) return [];
  const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(block2[1]);
  if (!provider) return [];
  const name = provider[1];
  const line = positionAt(config.text, block2.index + (block2[0].indexOf(provider[0]) ?? 0) + 1).line;
  const dialect = name === "sqlite" ? "sqlite" : PRISMA_OTHER[name] ? "other" : "unstated";
  return [
    {
      dir: joinInRepo(folderOf(config.path), "migrations"),
      written: "migrations",
      layout: "prisma",
      tool: "Prisma",
      dialect,
      ...dialect === "other" ? { dialectName: PRISMA_OTHER[name] } : {},
      evidence: [
        {
          file: config.path,
          line,
          says: `says provider = "${name}"; prisma migrate keeps migrations/ beside the schema`
        }
      ]
    }
  ];
}

// src/core/tools/rails.ts
var REPO10 = "https://github.com/rails/rails";
var MIGRATION = `${REPO10}/blob/main/activerecord/lib/active_record/migration.rb`;
var RAKE = `${REPO10}/blob/main/activerecord/lib/active_record/railties/databases.rake`;
var GENERATE2 = "`bin/rails generate migration NAME`";
var ADVICE3 = `Rails writes its own migrations: run ${GENERATE2}, then \`lockstep lock\``;
var FILE = /^([0-9]+)_([_a-z0-9]*)\.?([_a-z0-9]*)?\.rb$/;
var GLOBBED = /^[0-9][^/]*_[^/]*\.rb$/;
var DOWN4 = /^\s*def\s+(down|change)\b/m;
var rails = {
  id: "rails",
  name: "Rails",
  title: "Rails (Active Record)",
  detect: {
    priority: 63,
    evidence: (files) => files.some(({ name }) => name.endsWith(".sql")) ? 0 : files.filter(({ name, file }) => FILE.test(name) && /ActiveRecord::Migration/.test(file.text ?? "")).length,
    reason: () => "Active Record migrations: <version>_<name>.rb files of classes < ActiveRecord::Migration"
  },
  reads: { files: "`<version>_<name>.rb` files, in sub-folders too" },
  namesOnly: true,
  read: (files) => readCodeFiles(files, {
    loads: (rel) => GLOBBED.test(baseName(rel)),
    fromName: (rel) => {
      const m = FILE.exec(baseName(rel));
      return m ? { version: m[1], name: m[2] } : void 0;
    },
    parse: (file, text2) => {
      const m = FILE.exec(baseName(file.rel));
      if (!m)
        return {
          problem: `Rails refuses to migrate while this file is in the directory: "Illegal name for migration file: ${baseName(file.rel)} (only lower case letters, numbers, and '_' allowed)". Rename it <version>_<snake_case_name>.rb`,
          line: 1
        };
      return [
        {
          version: m[1],
          name: m[2],
          // An up-only migration's down does nothing (Migration#down returns when the class has none).
          down: DOWN4.test(text2),
          transaction: !/^\s*disable_ddl_transaction!/m.test(text2)
        }
      ];
    }
  }),
  looksLike: (name) => FILE.test(name) ? "a Rails migration" : void 0,
  order: { by: "number", how: "Rails sorts migrations by version as numbers" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "call `disable_ddl_transaction!` in the migration class"
  },
  // Rails 8 (main): ActiveRecord::Migrator and MigrationContext; a migration is known by its version only.
  applied: {
    outOfOrder: {
      does: "applies every pending version, older ones included, in version order: a migration older than the newest applied one runs and nothing says so",
      source: MIGRATION
      // Migrator#runnable: migrations[start..finish] with start 0 going up
    },
    duplicate: {
      does: 'refuses to migrate: "Multiple migrations have the version number \u2026"',
      source: MIGRATION
      // Migrator#validate: DuplicateMigrationVersionError
    },
    renamed: {
      does: "knows a migration by its version only: a new name part keeps it applied; a new version is a new migration, which runs again",
      source: MIGRATION
      // MigrationContext#migrations: version from the file name
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO10}/blob/main/activerecord/lib/active_record/schema_migration.rb`
      // one `version` column
    },
    deleted: {
      does: "ignores a recorded version without a file (`db:migrate:status` lists it as NO FILE)",
      source: MIGRATION
      // MigrationContext#migrations_status
    }
  },
  configs: [
    {
      shown: "config/database.yml",
      matches: (name) => name === "database.yml",
      read: readDatabaseYml
    }
  ],
  tracking: {
    tables: ["schema_migrations", "ar_internal_metadata"],
    stores: "one row per applied migration in schema_migrations (`version`); a down deletes it; ar_internal_metadata keeps the environment the database was migrated in",
    source: `${REPO10}/blob/main/activerecord/lib/active_record/model_schema.rb`,
    // the two table names' defaults
    reader: {
      table: "schema_migrations",
      query: "SELECT version FROM schema_migrations",
      // Rails compares versions as integers (SchemaMigration#integer_versions, MigrationContext#migrations:
      // `version.to_i`) and stores `version.to_s`: `001_create_users.rb` is the row `1`.
      rows: (rows) => keyed(rows, numeric),
      key: (m) => numeric(m.version),
      missing: "`rails db:migrate` leaves it alone; `rails db:migrate:status` lists it as NO FILE",
      source: MIGRATION
      // Migrator#load_migrated (integer_versions), MigrationContext#migrations_status
    }
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    clock: true,
    refuse: {
      new: `is a Rails set: ${ADVICE3}`,
      renumber: `is a Rails set: rename your new migration's file with a later timestamp (its class name stays); ${ADVICE3}`,
      change: `write a new migration with ${GENERATE2}`,
      clash: `rename your new migration's file with a later timestamp, or generate it again with ${GENERATE2}`,
      early: `rename your new migration's file with a later timestamp, or generate it again with ${GENERATE2}`
    }
  },
  // DATABASE_URL replaces the primary database of the current environment (DatabaseConfigurations
  // #environment_value_for), `sqlite3:/abs/path` is a file (ConnectionUrlResolver#database_from_path);
  // SCHEMA moves the schema dump each migrate task writes away from db/schema.rb (DatabaseTasks#schema_dump_path).
  code: true,
  runner: {
    up: "bin/rails db:migrate:up VERSION={version}",
    down: "bin/rails db:migrate:down VERSION={version}",
    to: "bin/rails db:migrate VERSION={version}",
    env: { DATABASE_URL: "sqlite3:{db}", SCHEMA: "{db}.schema.rb", SCHEMA_FORMAT: "ruby" },
    source: RAKE
  }
};
function readDatabaseYml(config) {
  if (baseName(folderOf(config.path)) !== "config") return [];
  const app = folderOf(folderOf(config.path));
  const adapters = [...config.text.matchAll(/^\s*adapter:\s*["']?([\w-]+)/gm)].map((m) => ({
    value: m[1],
    line: positionAt(config.text, m.index + m[0].search(/\S/)).line
  }));
  const sqlite = adapters.find((a) => a.value === "sqlite3");
  const other = adapters.find((a) => a.value !== "sqlite3");
  const said = sqlite ?? other;
  const dialect = sqlite ? "sqlite" : other ? "other" : "unstated";
  const evidence = said ? [{ file: config.path, line: said.line, says: `says adapter: ${said.value}` }] : [];
  const base = {
    layout: "rails",
    tool: "Rails",
    dialect,
    ...dialect === "other" ? { dialectName: other?.value } : {}
  };
  const claims = [
    {
      ...base,
      dir: joinInRepo(app, "db/migrate"),
      written: "db/migrate",
      guessed: true,
      evidence: [
        ...evidence,
        { file: config.path, line: said?.line ?? 1, says: "is Rails' (migrations in db/migrate/)" }
      ]
    }
  ];
  for (const m of config.text.matchAll(/^\s*migrations_paths:\s*(.+?)\s*$/gm)) {
    const line = positionAt(config.text, m.index + m[0].search(/\S/)).line;
    for (const path of m[1].replace(/^\[|\]$/g, "").split(",")) {
      const written = path.trim().replace(/^["']|["']$/g, "");
      if (written === "" || written.includes("<%")) continue;
      claims.push({
        ...base,
        dir: joinInRepo(app, written),
        written,
        evidence: [...evidence, { file: config.path, line, says: `says migrations_paths: ${written}` }]
      });
    }
  }
  return claims;
}

// src/core/tools/sqitch.ts
import { createHash as createHash2 } from "node:crypto";

// src/core/tools/sqitch-plan.ts
var NAME = String.raw`[^\s:@#\\\[\]!"$%&'()*+,./;<=>?^\x60{|}~-][^\s:@#\\\[\]]*`;
var STAMP = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ`;
var ENTRY = new RegExp(
  String.raw`^\s*(?:@(?<tag>${NAME})|(?<op>[+-])?\s*(?<name>${NAME}))\s*(?:\[(?<deps>[^\]]*)\]\s*)?(?<stamp>${STAMP})?\s*(?<planner>[^<]+?\s+<[^>]+>)?$`
);
var PRAGMA = /^\s*%\s*(?<name>[^\s=]+)\s*(?:=\s*(?<value>.*?))?\s*$/;
var SHA1 = /^[0-9a-f]{40}$/;
function parsePlan(text2) {
  const plan = { changes: [], problems: [] };
  const problem = (line, message) => plan.problems.push({ line, message });
  let sinceTag = /* @__PURE__ */ new Map();
  const latest = /* @__PURE__ */ new Map();
  const tagLines = /* @__PURE__ */ new Map();
  const tags = [];
  let header = true;
  const readLine = (raw, line) => {
    if (raw.trim() === "") {
      header = false;
      return void 0;
    }
    if (raw.trimStart().startsWith("#")) return void 0;
    const body = raw.replace(/\s*#.*$/, "").trimEnd();
    if (header) {
      const pragma = PRAGMA.exec(body)?.groups;
      if (!pragma) return "a blank line must come between the pragmas and the first change";
      if (pragma.name === "project") plan.project = pragma.value;
      return void 0;
    }
    const entry = ENTRY.exec(body)?.groups;
    if (!entry) return `\`${body.trim()}\` is not a change, tag or pragma line Sqitch reads`;
    if (!entry.stamp || !entry.planner)
      return "a change or tag line needs a timestamp and the planner's name and <email>";
    if (entry.op === "-") return "a `-` (revert) line is not replayed by lockstep";
    const name = entry.tag ?? entry.name ?? "";
    if (name === "HEAD" || name === "ROOT") return `"${name}" is a reserved name`;
    if (SHA1.test(name)) return `"${name}" could be confused with a SHA1 ID`;
    if (entry.tag !== void 0) {
      if (plan.changes.length === 0) return `tag @${name} has no change before it`;
      const at = tagLines.get(name);
      if (at) return `tag @${name} is declared again (first on line ${at})`;
      if (entry.deps !== void 0) return "a tag may not list dependencies";
      tagLines.set(name, line);
      tags.push({ name, after: plan.changes.length - 1 });
      sinceTag = /* @__PURE__ */ new Map();
      return void 0;
    }
    const duplicate = sinceTag.get(name);
    if (duplicate)
      return `change "${name}" is declared again (first on line ${duplicate}) with no tag between`;
    const deps = (entry.deps ?? "").split(/\s+/).filter((dep) => dep !== "");
    const change = {
      name,
      line,
      requires: deps.filter((dep) => !dep.startsWith("!")),
      reworkTags: []
    };
    const reworked = latest.get(name);
    if (reworked) {
      const from = plan.changes.indexOf(reworked);
      reworked.reworkTags = tags.filter((tag) => tag.after >= from).map((tag) => tag.name).reverse();
    }
    sinceTag.set(name, line);
    latest.set(name, change);
    plan.changes.push(change);
    return void 0;
  };
  text2.split("\n").forEach((raw, index) => {
    const message = readLine(raw, index + 1);
    if (message) problem(index + 1, message);
  });
  if (plan.project === void 0) problem(1, "the plan has no `%project=` pragma");
  checkDependencies(plan, tagLines);
  return plan;
}
function checkDependencies(plan, tagLines) {
  plan.changes.forEach((change) => {
    for (const dep of change.requires) {
      const colon = dep.indexOf(":");
      if (colon !== -1 && dep.slice(0, colon) !== plan.project) continue;
      const key = colon === -1 ? dep : dep.slice(colon + 1);
      if (SHA1.test(key)) continue;
      const [name = "", tag] = key.split("@", 2);
      const earlier = (c) => c.name === name && c.line < change.line;
      if (tag !== void 0) {
        const tagAt = tagLines.get(tag);
        if (tagAt !== void 0 && plan.changes.some((c) => earlier(c) && c.line < tagAt)) continue;
      } else if (plan.changes.some(earlier)) continue;
      const later = plan.changes.find((c) => c.name === name && c.line >= change.line);
      const why = name === change.name && tag === void 0 ? "itself" : later ? `"${key}", which the plan only has later (line ${later.line})` : `"${key}", which the plan does not have`;
      plan.problems.push({
        line: change.line,
        message: `change "${change.name}" requires ${why}: Sqitch refuses the plan ("Dependency error detected")`
      });
    }
  });
}

// src/core/tools/sqitch.ts
var REPO11 = "https://github.com/sqitchers/sqitch";
var PLAN = "sqitch.plan";
var CONF = "sqitch.conf";
var SQITCH_AFTER = "merge the base, then move your change's line below the applied changes in sqitch.plan by hand and run `lockstep lock`";
var sqitch = {
  id: "sqitch",
  name: "Sqitch",
  title: "Sqitch",
  detect: {
    priority: 5,
    evidence: (files) => files.filter(({ name, folder }) => name === PLAN && folder === "").length,
    reason: () => "a Sqitch plan, sqitch.plan, with deploy/ and revert/ scripts"
  },
  reads: { files: "the `deploy/`, `revert/` and `verify/` scripts of the changes `sqitch.plan` names" },
  read: (files) => readSqitch(files),
  order: { by: "listed", how: "Sqitch deploys changes in sqitch.plan order" },
  downs: "always",
  // The SQLite engine hands each script to the sqlite3 client as written; its templates hold BEGIN…COMMIT.
  transaction: { wraps: "as-written" },
  verify: "`sqitch verify` reports it as failed, and `sqitch deploy --verify` reverts the change and stops",
  // Sqitch 1.6.
  applied: {
    outOfOrder: {
      does: 'deploys the changes after the last deployed one; a change inserted before it changes the IDs of the changes after it (each ID covers its parent), so deploy stops with "Cannot find change \u2026 in sqitch.plan"',
      source: `${REPO11}/blob/develop/lib/App/Sqitch/Engine.pm`
      // _sync_plan(): "Cannot find change {id} ({change}) in {file}"
    },
    duplicate: {
      does: 'refuses the plan when a change name appears twice with no tag between ("duplicates earlier declaration"); after a tag the second one reworks the first',
      source: `${REPO11}/blob/develop/lib/App/Sqitch/Plan.pm`
      // _parse(): "duplicates earlier declaration"
    },
    renamed: {
      does: "knows a change by an ID computed from its name, project, parent change, planner, date, dependencies and note: a renamed change is a new one, and the deployed one is no longer found in the plan",
      source: `${REPO11}/blob/develop/lib/App/Sqitch/Plan/Change.pm`
      // `info`, the text its ID hashes
    },
    edited: {
      does: "records a hash of each deploy script; deploy does not compare it, `sqitch check` reports the divergence; `sqitch rework` is how a deployed change is changed",
      source: `${REPO11}/blob/develop/lib/sqitch-check.pod`
      // compares the SHA-1 of each deploy script
    }
  },
  configs: [
    { shown: "sqitch.conf", matches: (name) => name === CONF, read: readSqitchConf },
    { shown: "sqitch.plan", matches: (name) => name === PLAN, read: readSqitchPlan }
  ],
  tracking: {
    tables: [],
    stores: "changes, tags, dependencies and events in a registry database of its own (sqitch.db beside the target app.db), not in the migrated one",
    source: `${REPO11}/blob/develop/lib/App/Sqitch/Engine/sqlite.pm`,
    // registry_uri: $registry.$ext beside the target
    // The registry's `changes` holds one row per deployed change; a revert deletes it (events keep the history).
    reader: {
      table: "changes",
      query: "SELECT change, script_hash, project FROM changes ORDER BY committed_at",
      rows: (rows, set) => ofThisProject(rows, set).map((r) => ({ key: text(r[0]), checksum: text(r[1]) || void 0 })),
      key: (m) => m.name,
      checksum: {
        // App::Sqitch::Plan::Change script_hash(): SHA-1 of the deploy script's bytes.
        of: (bytes) => createHash2("sha1").update(bytes).digest("hex"),
        changed: "Sqitch does not compare it when it deploys: databases that deployed the old script keep it; `sqitch rework NAME` is how a deployed change gets a new script"
      },
      missing: "sqitch deploy cannot find the registry's newest deployed change in sqitch.plan and stops; put the change back in the plan, or `sqitch revert` it on that database first",
      apart: {
        where: "Sqitch keeps what it deployed in a registry database of its own beside the target: the registry's name (`sqitch` unless sqitch.conf sets `registry`) with the target's extension, sqitch.db for app.db",
        beside: registryBeside,
        tables: ["changes", "events", "projects", "tags"]
      },
      source: `${REPO11}/blob/develop/lib/App/Sqitch/Engine/sqlite.sql`
      // changes(change_id, script_hash, change, project, …)
    }
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    refuse: {
      new: "is a Sqitch project: run `sqitch add NAME -n 'what it does'`, which writes deploy/, revert/ and verify/ scripts and adds the change to sqitch.plan, then `lockstep lock`",
      renumber: "is a Sqitch project, whose order lives in sqitch.plan: move the new changes' lines below the applied ones in the plan by hand, then `lockstep lock`",
      change: "`sqitch rework NAME` (a new version of a deployed change) or `sqitch add NAME` (a new change)",
      clash: SQITCH_AFTER,
      early: SQITCH_AFTER
    }
  }
};
var MOVED = {
  top_dir: ".",
  plan_file: "sqitch.plan",
  deploy_dir: "deploy",
  revert_dir: "revert",
  verify_dir: "verify",
  reworked_dir: ".",
  reworked_deploy_dir: "deploy",
  reworked_revert_dir: "revert",
  reworked_verify_dir: "verify",
  extension: "sql"
};
function readSqitch(files) {
  const result = emptyResult();
  const byRel = new Map(files.map((file) => [file.rel, file]));
  const conf = byRel.get(CONF);
  if (conf) {
    result.claimed.add(conf.rel);
    checkConf(conf, result);
  }
  const plan = byRel.get(PLAN);
  if (!plan) {
    const first = files.find((file) => file.rel.endsWith(".sql"));
    if (first)
      result.findings.push(
        finding(
          "parse-error",
          `there is no ${PLAN} beside ${first.display}, so Sqitch has nothing to deploy. Point \`dir\` at the folder holding ${PLAN}.`,
          { file: first.display }
        )
      );
    return result;
  }
  result.claimed.add(plan.rel);
  if (plan.text === void 0) {
    result.findings.push(unreadableFinding(plan));
    return result;
  }
  const parsed = parsePlan(plan.text);
  for (const problem of parsed.problems) {
    result.findings.push(
      finding(
        "parse-error",
        `${plan.display}:${problem.line}: ${problem.message}. Fix the line (\`sqitch plan\` shows how Sqitch reads it).`,
        { file: plan.display, line: problem.line }
      )
    );
  }
  parsed.changes.forEach((change, index) => {
    const entry = toEntry3(change, String(index + 1), byRel, plan, result);
    if (entry) result.entries.push(entry);
  });
  return result;
}
function segmentOf(change, byRel) {
  if (change.reworkTags.length === 0) return change.name;
  const found = change.reworkTags.find((tag) => byRel.has(`deploy/${change.name}@${tag}.sql`));
  return `${change.name}@${found ?? change.reworkTags[0]}`;
}
function toEntry3(change, version, byRel, plan, result) {
  const segment = segmentOf(change, byRel);
  const [deploy, revert, verify] = ["deploy", "revert", "verify"].map(
    (dir) => byRel.get(`${dir}/${segment}.sql`)
  );
  const parts = [deploy, revert, verify].filter((file) => file !== void 0);
  for (const file of parts) result.claimed.add(file.rel);
  const entry = {
    migration: { version, name: change.name, files: parts.map((file) => file.display) },
    rels: parts.map((file) => file.rel),
    sortName: segment
  };
  if (!deploy) {
    result.findings.push(
      finding(
        "parse-error",
        `${plan.display}:${change.line} plans change "${change.name}", but deploy/${segment}.sql is missing, so sqitch deploy fails there. Add the script, or remove the change from the plan.`,
        { file: plan.display, line: change.line, version }
      )
    );
    return void 0;
  }
  for (const [file, direction] of [
    [deploy, "up"],
    [revert, "down"],
    [verify, "verify"]
  ]) {
    if (!file) continue;
    if (file.text === void 0) result.findings.push(unreadableFinding(file, version));
    else entry.migration[direction] = script(file, wholeFile(file.text), false);
  }
  return entry;
}
function checkConf(conf, result) {
  for (const [index, { text: text2 }] of linesOf(conf.text ?? "").entries()) {
    const match = /^\s*([a-z_]+)\s*=\s*(.*?)\s*$/.exec(text2);
    const key = match?.[1] ?? "";
    const fallback = MOVED[key];
    if (fallback === void 0 || match?.[2] === fallback) continue;
    result.findings.push(
      finding(
        "parse-error",
        `${conf.display}:${index + 1} sets \`${key}\`, which lockstep does not follow: it reads ${PLAN} and the deploy/, revert/ and verify/ .sql scripts beside it. Keep Sqitch's default layout, with lockstep's \`dir\` at the folder holding ${PLAN}.`,
        { file: conf.display, line: index + 1 }
      )
    );
  }
}
function readSqitchConf(config) {
  let section = "";
  const values2 = /* @__PURE__ */ new Map();
  config.text.split("\n").forEach((raw, i) => {
    const head = /^\s*\[\s*([^\]]+?)\s*\]/.exec(raw);
    if (head) section = head[1].replace(/\s+"?|"/g, ".").toLowerCase();
    const kv = /^\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(raw);
    if (kv && !head)
      values2.set(`${section}.${kv[1].toLowerCase()}`, {
        value: kv[2].replace(/^"(.*)"$/, "$1"),
        line: i + 1
      });
  });
  const engine = values2.get("core.engine");
  const top = values2.get("core.top_dir") ?? (engine ? values2.get(`engine.${engine.value}.top_dir`) : void 0);
  const written = top?.value ?? ".";
  const dialect = !engine ? "unstated" : engine.value === "sqlite" ? "sqlite" : "other";
  return [
    {
      dir: joinInRepo(folderOf(config.path), written),
      written,
      layout: "sqitch",
      tool: "Sqitch",
      dialect,
      ...dialect === "other" ? { dialectName: engine?.value } : {},
      evidence: [
        {
          file: config.path,
          line: engine?.line ?? top?.line ?? 1,
          says: `says ${engine ? `engine = ${engine.value}` : "no engine"}${top ? `, top_dir = ${top.value}` : ""}`
        }
      ],
      ...top ? {} : { guessed: true }
    }
  ];
}
function readSqitchPlan(config) {
  const folder = folderOf(config.path);
  return [
    {
      dir: folder || ".",
      written: folder || ".",
      layout: "sqitch",
      tool: "Sqitch",
      dialect: "unstated",
      evidence: [
        { file: config.path, line: lineMatching(config.text, /^%project=/) ?? 1, says: "is a Sqitch plan" }
      ]
    }
  ];
}
function registryBeside(target, registry = "sqitch") {
  const cut = Math.max(target.lastIndexOf("/"), target.lastIndexOf("\\")) + 1;
  const name = target.slice(cut);
  const dot = name.indexOf(".");
  const file = registry.includes(".") || dot === -1 ? registry : `${registry}.${name.slice(dot + 1)}`;
  return `${target.slice(0, cut)}${file}`;
}
function ofThisProject(rows, set) {
  const names = new Set(set.migrations.map((m) => m.name));
  const ours = new Set(rows.filter((r) => names.has(text(r[0]))).map((r) => text(r[2])));
  return ours.size === 0 ? rows : rows.filter((r) => ours.has(text(r[2])));
}

// src/core/tools/sql-migrate.ts
var UP_MARKER3 = /^-- \+migrate Up/m;
var REPO12 = "https://github.com/rubenv/sql-migrate";
var sqlMigrate = {
  id: "sql-migrate",
  name: "sql-migrate",
  title: "sql-migrate",
  detect: {
    priority: 52,
    compete: true,
    evidence: (files) => files.filter(({ name, file }) => name.endsWith(".sql") && UP_MARKER3.test(file.text ?? "")).length,
    reason: () => "SQL files with `-- +migrate Up` markers"
  },
  reads: { files: "`.sql` files" },
  read: (files) => readMarkerFiles(files, {
    tool: "sql-migrate",
    // sql-migrate reads every `.sql` file; its id is the file name, ordered by leading digits when present.
    parseName: (file) => {
      const match = /^(\d*)[_-]?(.*)\.sql$/.exec(file);
      if (!match) return void 0;
      return match[1] ? { version: match[1], name: match[2] ?? "" } : { version: file.slice(0, -4), name: file.slice(0, -4) };
    },
    split: splitSqlMigrate,
    codeSteps: []
  }),
  order: { by: "number", how: "sql-migrate sorts leading numbers as numbers" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "add `notransaction` to its `-- +migrate Up` / `Down` line",
    markOptOut: (text2) => text2.replace(/^(-- \+migrate (?:Up|Down))$/gm, "$1 notransaction"),
    // migrate.go applyMigrations(): without a transaction the executor is the gorp DbMap, whose Exec sends
    // each statement to the *sql.DB pool; database/sql hands out the connection freed last.
    optOutConnection: "sql-migrate then runs each statement by itself, and a PRAGMA or BEGIN holds only on its own connection: each runs on the *sql.DB pool's most recently freed one, the same while nothing else uses the pool (as in the sql-migrate CLI) and certainly with db.SetMaxOpenConns(1) and no SetConnMaxLifetime"
  },
  // sql-migrate (master, 2025): migrate.go planMigrationCommon(), ToCatchup() and MigrationRecord.
  applied: {
    outOfOrder: {
      does: "applies every migration whose file name is not in gorp_migrations, older ones included: they run first, before the newer pending ones",
      source: `${REPO12}/blob/master/migrate.go`
      // planMigrationCommon() and ToCatchup(): "missing migrations up to the last run migration"
    },
    duplicate: {
      does: "has no versions of its own: two files with one number are two migrations, run in file-name order",
      source: `${REPO12}/blob/master/migrate.go`
      // Migration.Less(): numbers first, then the file name
    },
    renamed: {
      does: 'knows a migration by its file name: the old name becomes an "unknown migration in database" and migrate refuses to run; with unknown ones ignored, the renamed file runs again',
      source: `${REPO12}/blob/master/migrate.go`
      // planMigrationCommon(): the IgnoreUnknown check
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO12}/blob/master/migrate.go`
      // MigrationRecord: id and applied_at only
    },
    deleted: {
      does: 'refuses to migrate: the applied one is an "unknown migration in database" (unless unknown ones are ignored)',
      source: `${REPO12}/blob/master/migrate.go`
      // planMigrationCommon(): the IgnoreUnknown check
    }
  },
  tracking: {
    tables: ["gorp_migrations"],
    stores: "one row per applied migration: `id` (the file name) and `applied_at`",
    source: `${REPO12}/blob/master/migrate.go`,
    // MigrationRecord
    reader: {
      table: "gorp_migrations",
      query: "SELECT id FROM gorp_migrations",
      rows: (rows) => keyed(rows),
      key: (m) => baseName(upFile(m)),
      missing: 'sql-migrate refuses to plan with it: "unknown migration in database" (unless IgnoreUnknown is set)',
      source: `${REPO12}/blob/master/migrate.go`
      // PlanMigration(): unknown migration in database
    }
  },
  // No runner preset: the sql-migrate CLI takes the dialect, the data source and the directory only from
  // its YAML config (`-config`, `-env`; sql-migrate/config.go), never from its arguments.
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    separator: "-",
    files: (version, name, shape) => [
      {
        rel: `${version}${shape.separator}${name}.sql`,
        text: markerFile("-- +migrate Up", "-- +migrate Down")
      }
    ]
  }
};
function splitSqlMigrate(text2) {
  const buffer = new StatementBuffer(text2);
  let direction;
  let block2 = false;
  let lineNo = 0;
  for (const { text: line, start } of linesOf(text2)) {
    lineNo++;
    let ended = false;
    if (line.startsWith("-- +migrate ") || line.trimEnd() === "-- +migrate") {
      const [command, ...options] = line.slice("-- +migrate".length).trim().split(/\s+/);
      if (command === "Up" || command === "Down") {
        if (!buffer.empty)
          buffer.problem(lineNo, `the statement before \`-- +migrate ${command}\` has no closing \`;\``);
        buffer.flush(direction);
        direction = command === "Up" ? "up" : "down";
        buffer.open(direction, lineNo, !options.includes("notransaction"));
      } else if (command === "StatementBegin") {
        if (direction) block2 = true;
      } else if (command === "StatementEnd") {
        ended = direction !== void 0 && block2;
        block2 = false;
      } else {
        buffer.problem(
          lineNo,
          `${codeSpan(excerpt(line))} is not a sql-migrate command: sql-migrate silently ignores it`
        );
      }
    } else if (direction && !(buffer.empty && (line.trimStart().startsWith("--") || line.trim() === ""))) {
      buffer.add(start, line);
    }
    if (direction && (!block2 && endsWithSemicolon(line) || ended)) buffer.flush(direction);
  }
  if (block2) buffer.problem(lineNo, "a `-- +migrate StatementBegin` is never closed with StatementEnd");
  if (!direction)
    buffer.problem(1, "no `-- +migrate Up` or `-- +migrate Down` annotation: nothing would run");
  else if (!buffer.empty)
    buffer.problem(lineNo, "the last statement has no closing `;`: sql-migrate refuses the file");
  buffer.flush(direction);
  return buffer.file;
}

// src/core/tools/sqlx-cargo.ts
var DIALECT_FEATURES = [
  [/^sqlite(-unbundled)?$/, "sqlite"],
  [/^postgres$/, "other", "PostgreSQL"],
  [/^mysql$/, "other", "MySQL"]
];
var CODE_DIALECTS = [
  [/\bsqlx::sqlite\b|\bSqlite(Pool|Connection|ConnectOptions|PoolOptions)\b|\bsqlx::Sqlite\b/, "sqlite"],
  [
    /\bsqlx::postgres\b|\bPg(Pool|Connection|ConnectOptions|PoolOptions)\b|\bsqlx::Postgres\b/,
    "other",
    "PostgreSQL"
  ],
  [/\bsqlx::mysql\b|\bMySql(Pool|Connection|ConnectOptions|PoolOptions)\b|\bsqlx::MySql\b/, "other", "MySQL"]
];
var MIGRATE_CALL = /\b(?:sqlx::)?migrate!\s*\(\s*(?:"([^"]*)")?\s*\)/;
function readCargoSqlx(config, sources) {
  const toml = parseToml(config.text);
  if (!toml || !isRecord(toml.package)) return [];
  const dep = sqlxDependency(toml);
  if (!dep) return [];
  const depLine = lineMatching(config.text, /^\s*sqlx\s*=/) ?? lineMatching(config.text, /^\s*\[[\w.-]*dependencies\.sqlx\]/) ?? 1;
  const features = dep.features;
  const cargo = {
    file: config.path,
    line: depLine,
    says: features.length > 0 ? `says sqlx with features ${features.map((f) => `"${f}"`).join(", ")}` : "says sqlx, with no database feature of its own"
  };
  const byFeature = featureDialect(features);
  const folder = folderOf(config.path);
  const calls = migrateCalls(sources);
  const claims = (calls.length > 0 ? calls : [void 0]).map((call) => {
    const written = call?.path ?? "migrations";
    const evidence = [cargo];
    if (call) evidence.push({ file: call.file, line: call.line, says: `runs ${call.text}` });
    let dialect = byFeature;
    if (dialect.dialect === "unstated") {
      const inCode = codeDialect(sources, call?.file);
      if (inCode) {
        dialect = inCode;
        evidence.push(inCode.evidence);
      }
    }
    return {
      dir: joinInRepo(folder, written),
      written,
      layout: "sqlx",
      tool: "sqlx",
      dialect: dialect.dialect,
      ...dialect.name ? { dialectName: dialect.name } : {},
      evidence,
      ...call ? {} : { guessed: true }
    };
  });
  return claims;
}
function sqlxDependency(toml) {
  const tables = [toml.dependencies, toml["dev-dependencies"]];
  if (isRecord(toml.target)) {
    for (const target of Object.values(toml.target))
      if (isRecord(target)) tables.push(target.dependencies, target["dev-dependencies"]);
  }
  for (const table of tables) {
    if (!isRecord(table) || table.sqlx === void 0) continue;
    const dep = table.sqlx;
    const features = isRecord(dep) && Array.isArray(dep.features) ? dep.features.map(String) : [];
    return { features };
  }
  return void 0;
}
function featureDialect(features) {
  const found = DIALECT_FEATURES.filter(([re]) => features.some((f) => re.test(f)));
  if (found.length !== 1) return { dialect: "unstated" };
  const [, dialect, name] = found[0];
  return { dialect, ...name ? { name } : {} };
}
function migrateCalls(sources) {
  const calls = [];
  for (const source of sources) {
    codeLines(source.text).forEach((line, i) => {
      const m = MIGRATE_CALL.exec(line);
      if (m) calls.push({ file: source.path, line: i + 1, path: m[1], text: m[0] });
    });
  }
  return calls;
}
function codeDialect(sources, first) {
  const ordered = [...sources].sort((a, b) => Number(b.path === first) - Number(a.path === first));
  for (const source of ordered) {
    const lines = codeLines(source.text);
    for (let i = 0; i < lines.length; i++) {
      const hits = CODE_DIALECTS.filter(([re]) => re.test(lines[i]));
      if (hits.length !== 1) continue;
      const [, dialect, name] = hits[0];
      const text2 = lines[i].trim();
      return {
        dialect,
        ...name ? { name } : {},
        evidence: { file: source.path, line: i + 1, says: `reads \`${text2.slice(0, 80)}\`` }
      };
    }
  }
  return void 0;
}
function codeLines(text2) {
  return text2.split("\n").map((line) => line.replace(/\/\/.*$/, ""));
}

// src/core/tools/sqlx.ts
var REPO13 = "https://github.com/launchbadge/sqlx";
var sqlx = {
  id: "sqlx",
  name: "sqlx",
  title: "sqlx",
  // Never detected: its names are golang-migrate's (reversible) or plain numbered files (simple).
  namesOnly: true,
  reads: {
    files: "`<digits>_<name>.sql` files (`.up.sql` / `.down.sql` for reversible ones)",
    // sqlx-core migrate/source.rs: a `<a>_<b>.sql` name whose `<a>` is not an integer fails the whole directory.
    refuses: (name) => name.includes("_") ? 'sqlx refuses the directory for it: "error parsing migration filename \u2026; expected integer version prefix"' : void 0
  },
  read: (files) => (
    // sqlx (sqlx-core migrate/source.rs): `no_tx = sql.starts_with("-- no-transaction")`.
    readNamed(
      files,
      (fileName) => pairedName(fileName) ?? simpleName(fileName),
      (text2) => !text2.startsWith("-- no-transaction")
    )
  ),
  order: { by: "number", how: "sqlx sorts versions as numbers" },
  downs: "if-any",
  transaction: {
    wraps: "each-file",
    optOut: "start the file with `-- no-transaction`",
    markOptOut: (text2) => `-- no-transaction
${text2}`
  },
  // sqlx 0.8–0.9: sqlx-core/src/migrate/migrator.rs run_direct() (and sqlx-cli's `migrate run`, which does the same).
  applied: {
    outOfOrder: {
      does: "applies every migration whose version is not in _sqlx_migrations, older ones included",
      source: `${REPO13}/blob/main/sqlx-core/src/migrate/migrator.rs`
      // run_direct(): applies each version not in the table
    },
    duplicate: {
      does: 'runs the first file of a version and fails on the second, whose version is already recorded (the primary key); on later runs the other file reads as that version modified: "migration N was previously applied but has been modified"',
      source: `${REPO13}/blob/main/sqlx-core/src/migrate/migrator.rs`
      // run_direct(): applied migrations keyed by version
    },
    renamed: {
      does: 'knows a migration by its version: a new name part changes nothing; with a new version, migrate refuses to run: "migration N was previously applied but is missing in the resolved migrations" (unless missing ones are ignored)',
      source: `${REPO13}/blob/main/sqlx-core/src/migrate/migrator.rs`
      // validate_applied_migrations()
    },
    edited: {
      does: 'stores a checksum of each file and stops at a changed applied one: "migration N was previously applied but has been modified"',
      source: `${REPO13}/blob/main/sqlx-core/src/migrate/migrator.rs`
      // run_direct(): MigrateError::VersionMismatch
    },
    deleted: {
      does: 'refuses to migrate: "migration N was previously applied but is missing in the resolved migrations" (unless missing ones are ignored)',
      source: `${REPO13}/blob/main/sqlx-core/src/migrate/migrator.rs`
      // validate_applied_migrations(): MigrateError::VersionMissing
    }
  },
  configs: [
    {
      shown: "Cargo.toml (sqlx)",
      matches: (name) => name === "Cargo.toml",
      sources: [".rs"],
      read: readCargoSqlx
    }
  ],
  tracking: {
    tables: ["_sqlx_migrations"],
    stores: "one row per applied migration: `version` (primary key), `description`, `installed_on`, `success`, `checksum` (SHA-384 of the file), `execution_time`",
    source: `${REPO13}/blob/main/sqlx-sqlite/src/migrate.rs`,
    // ensure_migrations_table()
    reader: {
      table: "_sqlx_migrations",
      query: "SELECT version, checksum, success FROM _sqlx_migrations ORDER BY version",
      rows: (rows) => rows.map((r) => ({
        key: text(r[0]),
        checksum: hex(r[1]),
        failed: truthy(r[2]) ? void 0 : "success = false"
      })),
      key: (m) => numeric(m.version),
      checksum: {
        of: sha384,
        changed: 'sqlx refuses to run any migration: "migration VERSION was previously applied but has been modified"'
      },
      missing: 'sqlx refuses to run: "migration VERSION was previously applied but is missing in the resolved migrations" (unless the migrator ignores missing ones)',
      failed: 'sqlx refuses to run: "migration VERSION is partially applied; fix and remove row from `_sqlx_migrations` table"',
      source: `${REPO13}/blob/main/sqlx-core/src/migrate/migrator.rs`
      // run(): Dirty, VersionMissing, VersionMismatch
    }
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) => shape.reversible ? pairedFiles(version, name) : singleFile(version, name)
  },
  /**
   * sqlx-cli 0.7.2 and later (`--target-version`): `run` applies the pending ones up to the version, so
   * exactly this one. `revert` reverts the newest applied migration that has a `.down.sql`: a simple
   * migration (one `.sql`) has no down, and no down step may be asked for it. `mode=rwc` lets sqlx create
   * the file (it opens an existing one only); `--database-url` outranks DATABASE_URL and `.env`.
   */
  runner: {
    up: "sqlx migrate run --source {dir} --database-url sqlite:{db}?mode=rwc --target-version {version}",
    down: "sqlx migrate revert --source {dir} --database-url sqlite:{db}?mode=rwc",
    to: "sqlx migrate run --source {dir} --database-url sqlite:{db}?mode=rwc --target-version {version}",
    source: `${REPO13}/blob/main/sqlx-cli/src/opt.rs`
    // MigrateCommand::Run/Revert, ConnectOpts; sqlx-sqlite options/parse.rs
  }
};

// src/core/tools/typeorm-config.ts
var TYPEORM_SQLITE_TYPES = [
  "sqlite",
  "better-sqlite3",
  "sqljs",
  "capacitor",
  "cordova",
  "expo",
  "nativescript",
  "react-native"
];
var TYPEORM_FORMATS = [".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"];
var BUILD = /^(dist|build|out|lib)\//;
function readTypeormPackage(config, sources) {
  const dependency = typeormDependency(config);
  if (!dependency) return [];
  const root = folderOf(config.path);
  const claims = [];
  for (const source of sources) {
    if (!/\bfrom\s+["']typeorm["']|require\(\s*["']typeorm["']\s*\)/.test(source.text)) continue;
    const found = dataSources(source, root);
    const sqlite = found.filter((s) => sqliteType(s.type?.value));
    const compiled = /* @__PURE__ */ new Set();
    for (const ds of found) {
      const kind = ds.type === void 0 ? "unstated" : sqliteType(ds.type.value) ? "sqlite" : "other";
      for (const glob of ds.globs) {
        if (compiled.has(glob) || glob.dir === void 0) continue;
        const evidence = [dependency];
        if (ds.type)
          evidence.push({ file: source.path, line: ds.type.line, says: `says type '${ds.type.value}'` });
        evidence.push({ file: source.path, line: glob.line, says: `says migrations '${glob.glob}'` });
        if (ds.table)
          evidence.push({
            file: source.path,
            line: ds.table.line,
            says: `says migrationsTableName ${ds.table.value}`
          });
        for (const other of (kind === "sqlite" ? sqlite : found).flatMap((s) => s.globs)) {
          if (other === glob || !isCopyOf(other, glob)) continue;
          compiled.add(other);
          evidence.push({
            file: source.path,
            line: other.line,
            says: `says migrations '${other.glob}' (the build's copy of ${glob.dir}/)`
          });
        }
        claims.push({
          dir: glob.dir,
          written: glob.glob,
          layout: "typeorm",
          tool: "TypeORM",
          dialect: kind,
          ...kind === "other" ? { dialectName: ds.type?.value } : {},
          evidence
        });
      }
    }
  }
  return claims;
}
function sqliteType(type) {
  return TYPEORM_SQLITE_TYPES.includes(type ?? "");
}
function isCopyOf(copy, of) {
  if (!copy.dir || !of.dir || !BUILD.test(copy.dir) || !/\.js\b/.test(copy.glob)) return false;
  const rest = copy.dir.replace(BUILD, "");
  return of.dir !== copy.dir && (of.dir === rest || of.dir.endsWith(`/${rest.slice(rest.indexOf("/") + 1)}`));
}
function typeormDependency(config) {
  let pkg;
  try {
    pkg = JSON.parse(config.text);
  } catch {
    return void 0;
  }
  if (!isRecord(pkg)) return void 0;
  for (const key of ["dependencies", "devDependencies", "peerDependencies"]) {
    const deps = pkg[key];
    if (isRecord(deps) && typeof deps.typeorm === "string")
      return {
        file: config.path,
        line: lineMatching(config.text, /^\s*"typeorm"\s*:/) ?? 1,
        says: `says typeorm ${deps.typeorm}`
      };
  }
  return void 0;
}
function sourcesWanted(config) {
  return typeormDependency(config) !== void 0;
}
function dataSources(source, root) {
  const { text: text2 } = source;
  const mask = codeMask(text2);
  const found = [];
  for (const m of text2.matchAll(/(?:^|[\s{,])migrations\s*:\s*\[/g)) {
    if (mask[m.index + m[0].length - 1]) continue;
    const open = enclosingBrace(text2, mask, m.index);
    const body = open === void 0 ? void 0 : balancedAt(text2, open);
    if (open === void 0 || !body) continue;
    const object = { body, at: open };
    const migrations = propertyOf(text2, object, "migrations");
    if (!migrations) continue;
    const type = propertyOf(text2, object, "type");
    const typeValue = type && /^["'`]([\w-]+)["'`]$/.exec(type.expression.trim())?.[1];
    const table = propertyOf(text2, object, "migrationsTableName");
    const globs = globsOf(migrations, source.path, root);
    found.push({
      ...typeValue ? { type: { value: typeValue, line: type.line } } : {},
      globs,
      ...table ? { table: { value: table.expression, line: table.line } } : {}
    });
  }
  return found;
}
function globsOf(migrations, file, root) {
  const { expression } = migrations;
  const open = expression.indexOf("[");
  const list = balancedAt(expression, open);
  if (!list) return [];
  const globs = [];
  let offset = open + 1;
  for (const item of list.slice(1, -1).split(",")) {
    const first = offset + item.search(/\S|$/);
    const line = migrations.line + (expression.slice(0, first).match(/\n/g) ?? []).length;
    offset += item.length + 1;
    for (const { path, fromFile } of pathsOf(item)) {
      const parts = path.split("/").filter((part2) => part2 !== "" && part2 !== ".");
      const stop = parts.findIndex((part2) => /[*?{[]/.test(part2));
      const dir = (stop === -1 ? parts.slice(0, -1) : parts.slice(0, stop)).join("/");
      globs.push({ glob: path, dir: joinInRepo(fromFile ? folderOf(file) : root, dir || "."), line });
    }
  }
  return globs;
}
function codeMask(text2) {
  const mask = new Uint8Array(text2.length);
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    let end = -1;
    if (c === '"' || c === "'" || c === "`") {
      end = i + 1;
      while (end < text2.length && text2[end] !== c) end += text2[end] === "\\" ? 2 : 1;
    } else if (c === "/" && text2[i + 1] === "/")
      end = text2.indexOf("\n", i) === -1 ? text2.length : text2.indexOf("\n", i);
    else if (c === "/" && text2[i + 1] === "*")
      end = text2.indexOf("*/", i + 2) === -1 ? text2.length : text2.indexOf("*/", i + 2) + 1;
    if (end === -1) continue;
    mask.fill(1, i, Math.min(end + 1, text2.length));
    i = end;
  }
  return mask;
}
function enclosingBrace(text2, mask, at) {
  let depth = 0;
  for (let i = at; i >= 0; i--) {
    if (mask[i]) continue;
    const c = text2[i];
    if (c === "}" || c === "]" || c === ")") depth++;
    else if (c === "{" || c === "[" || c === "(") {
      if (depth === 0) return c === "{" ? i : void 0;
      depth--;
    }
  }
  return void 0;
}

// src/core/tools/typeorm.ts
var REPO14 = "https://github.com/typeorm/typeorm";
var EXECUTOR = `${REPO14}/blob/master/src/migration/MigrationExecutor.ts`;
var CREATE = "`npx typeorm migration:create <dir>/NAME` (or `migration:generate -d <data source> <dir>/NAME`)";
var ADVICE4 = `TypeORM writes its own migrations: run ${CREATE}, then \`lockstep lock\``;
var DATA_SOURCE = `// Written by lockstep for one replay.
const { DataSource } = require(require.resolve("typeorm", { paths: [process.cwd()] }));
module.exports = new DataSource({
  type: "better-sqlite3",
  database: process.env.LOCKSTEP_DB,
  migrations: JSON.parse(process.env.LOCKSTEP_MIGRATIONS),
  migrationsTableName: "migrations",
  logging: false,
});
`;
var TYPEORM_RUN = {
  /** Data source `type`s that are SQLite: the set is replayable when its data source has one of these. */
  sqliteTypes: TYPEORM_SQLITE_TYPES,
  /** The `type` for a throwaway file (`database: "{db}"`) in TypeORM 0.3 and 1.x; 1.x has no `sqlite`. */
  fileType: "better-sqlite3",
  /** The files a `migrations` glob loads (`.d.ts` excepted). */
  formats: TYPEORM_FORMATS,
  /** The table of applied migrations: `migrationsTableName`, this by default. */
  migrationsTable: "migrations",
  up: "npx --no-install typeorm migration:run -d <data source>",
  down: "npx --no-install typeorm migration:revert -d <data source>",
  /** `migration:run --transaction all|each|none`; `all` (every pending one in one) is the default. */
  transactionFlag: "--transaction",
  /** `.ts` migrations and data sources need a TypeScript loader: TypeORM ships `typeorm-ts-node-commonjs`/`-esm`. */
  typescript: "typeorm-ts-node-commonjs",
  source: `${REPO14}/blob/master/src/commands/MigrationRunCommand.ts`
};
var CLASS = /\bclass\s+([A-Za-z_$][\w$]*)/g;
var UP4 = /(?:^|[\s;}])(?:public\s+)?(?:async\s+)?up\s*\(/;
var DOWN5 = /(?:^|[\s;}])(?:public\s+)?(?:async\s+)?down\s*\(/;
var NAME2 = /(?:^|[\s;{])(?:public\s+|readonly\s+)*name\s*(?::\s*string\s*)?=\s*(["'`])([^"'`]*)\1/;
function loads(rel) {
  return TYPEORM_FORMATS.includes(extensionOf(rel)) && !rel.endsWith(".d.ts");
}
function parseClasses(rel, text2) {
  const found = [];
  for (const m of text2.matchAll(CLASS)) {
    const open = text2.indexOf("{", m.index);
    const body = open === -1 ? void 0 : balancedAt(text2, open);
    if (!body || !UP4.test(body)) continue;
    const migrationName = NAME2.exec(body)?.[2] ?? m[1];
    const timestamp = Number.parseInt(migrationName.slice(-13), 10);
    if (!timestamp || Number.isNaN(timestamp))
      return {
        problem: `TypeORM refuses every migration while it loads this one: "${migrationName} migration name is wrong. Migration class name should have a JavaScript timestamp appended." Name the class (or its \`name\`) <Name><13-digit millisecond timestamp>, as \`typeorm migration:create\` does`,
        line: positionAt(text2, m.index).line
      };
    const stem = baseName(rel).slice(0, -extensionOf(rel).length);
    found.push({
      version: String(timestamp),
      name: /^\d+-(.+)$/.exec(stem)?.[1] ?? migrationName.slice(0, -13),
      down: DOWN5.test(body),
      transaction: !/\btransaction\s*=\s*false\b/.test(body),
      sortName: migrationName,
      step: { migration: migrationName }
    });
  }
  return found;
}
var typeorm = {
  id: "typeorm",
  name: "TypeORM",
  title: "TypeORM",
  detect: {
    priority: 61,
    // Code files only where no SQL file is a migration.
    evidence: (files) => files.some(({ name }) => name.endsWith(".sql")) ? 0 : files.filter(
      ({ file }) => loads(file.rel) && /\bclass\s/.test(file.text ?? "") && /\b(up|down)\s*\(\s*queryRunner\b/.test(file.text ?? "")
    ).length,
    reason: () => "TypeORM migration classes: <timestamp>-<Name>.ts files, each a class with up(queryRunner) and down(queryRunner)"
  },
  reads: {
    files: `the classes of the files its data source's \`migrations\` globs load (${TYPEORM_FORMATS.join(" ")}; not \`.d.ts\`)`
  },
  read: (files) => readCodeFiles(files, { loads, parse: (file, text2) => parseClasses(file.rel, text2) }),
  order: {
    by: "number",
    how: "TypeORM sorts migrations by the timestamp ending their name (the `name` property, else the class name), not by file name"
  },
  downs: "always",
  transaction: {
    wraps: "all-pending",
    optOut: "run `typeorm migration:run --transaction each` and set `transaction = false` on the migration class",
    pragmaIgnored: "`typeorm migration:run` runs every pending migration in one transaction by default, where SQLite ignores it"
  },
  // TypeORM 0.3 and 1.1: MigrationExecutor.ts; migrations are known by name (the `name` property or class name).
  applied: {
    outOfOrder: {
      does: "applies every migration whose name is not in its table, in timestamp order: an older pending one runs after newer applied ones (the check that refused it is commented out)",
      source: EXECUTOR
      // executePendingMigrations(): pendingMigrations filter
    },
    duplicate: {
      does: 'refuses two migrations with one name ("Duplicate migrations: \u2026"); two names with one timestamp both run, in the order their files load',
      source: EXECUTOR
      // checkForDuplicateMigrations()
    },
    renamed: {
      does: 'knows a migration by its class name (or `name`): a renamed file stays applied, a renamed class is a new migration that runs again, and reverting the old one fails with "No migration \u2026 was found in the source code"',
      source: EXECUTOR
      // executePendingMigrations() and undoLastMigration() compare `name`
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: EXECUTOR
      // createMigrationsTableIfNotExist(): id, timestamp, name
    },
    deleted: {
      does: 'ignores applied migrations whose class is gone, until `migration:revert` reaches one: "No migration \u2026 was found in the source code"',
      source: EXECUTOR
      // undoLastMigration()
    }
  },
  configs: [
    {
      shown: "package.json with typeorm (its data source's `migrations`)",
      matches: (name) => name === "package.json",
      sources: TYPEORM_FORMATS,
      sourcesWanted,
      read: readTypeormPackage
    }
  ],
  code: true,
  runner: {
    up: "npx --no-install typeorm migration:run -d {setup}",
    down: "npx --no-install typeorm migration:revert -d {setup}",
    to: "npx --no-install typeorm migration:run -d {setup}",
    env: { LOCKSTEP_DB: "{db}", LOCKSTEP_MIGRATIONS: "{files}" },
    setup: { file: "lockstep-data-source.cjs", text: DATA_SOURCE },
    source: `${REPO14}/blob/master/src/commands/MigrationRunCommand.ts`
  },
  tracking: {
    tables: ["typeorm_metadata"],
    ownTables: ["migrations"],
    stores: "one row per applied migration in `migrations` (`migrationsTableName`): `id`, `timestamp`, `name`; a revert deletes the row; `typeorm_metadata` only where entities have views or generated columns",
    source: EXECUTOR,
    // createMigrationsTableIfNotExist(), insertExecutedMigration()
    reader: {
      table: "migrations",
      query: "SELECT timestamp, name FROM migrations ORDER BY id",
      rows: (rows) => keyed(rows),
      key: (m) => numeric(m.version),
      missing: 'TypeORM runs only the migrations it has no row for and leaves this one alone; `migration:revert` of it fails: "No migration NAME was found in the source code"',
      source: EXECUTOR
      // getExecutedMigrations(), undoLastMigration()
    }
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 13 },
    clock: true,
    refuse: {
      new: `is a TypeORM set: ${ADVICE4}`,
      renumber: `is a TypeORM set, ordered by the timestamp in each class name: rename the class and file of your new migration with a later timestamp; ${ADVICE4}`,
      change: `write a new migration with ${CREATE}`,
      clash: `give your new migration a later timestamp in its class name (and file name), or create it again with ${CREATE}`,
      early: `give your new migration a later timestamp in its class name (and file name), or create it again with ${CREATE}`
    }
  }
};

// src/core/tools/index.ts
var TOOLS = [
  dbmate,
  goose,
  gooseV1,
  sqlMigrate,
  golangMigrate,
  sqlx,
  diesel,
  prisma,
  drizzle,
  d1,
  flyway,
  plain,
  pattern,
  sqitch,
  knex,
  typeorm,
  rails,
  alembic,
  django
];
var BY_ID = new Map(TOOLS.map((tool) => [tool.id, tool]));
function toolOf(layout) {
  return BY_ID.get(layout);
}
var DETECTED = TOOLS.filter((tool) => tool.detect !== void 0).sort((a, b) => (a.detect?.priority ?? 0) - (b.detect?.priority ?? 0));
function detectTool(files) {
  for (let i = 0; i < DETECTED.length; i++) {
    const tool = DETECTED[i];
    if (!tool.detect?.compete) {
      if ((tool.detect?.evidence(files) ?? 0) > 0) return tool;
      continue;
    }
    let best;
    for (; i < DETECTED.length && DETECTED[i]?.detect?.compete; i++) {
      const rival = DETECTED[i];
      const count = rival.detect?.evidence(files) ?? 0;
      if (count > 0 && count > (best?.count ?? 0)) best = { tool: rival, count };
    }
    i--;
    if (best) return best.tool;
  }
  return void 0;
}
function looksLike(name, inFolder) {
  for (const tool of DETECTED) {
    const look = tool.looksLike?.(name, inFolder);
    if (look) return look;
  }
  return "SQL";
}
var OTHER_TRACKING_TABLES = [
  "atlas_schema_revisions"
  // Atlas
];
var TRACKING_TABLES = /* @__PURE__ */ new Set([
  ...TOOLS.flatMap((tool) => tool.tracking.tables),
  ...OTHER_TRACKING_TABLES
]);
function authorableNames() {
  const ids = TOOLS.filter((tool) => tool.authoring.files && !tool.authoring.refuse).map((tool) => tool.id);
  return `${ids.slice(0, -1).join(", ")} or ${ids[ids.length - 1]}`;
}

export {
  ENVIRONMENT,
  folderOf,
  escapeRegExp,
  baseName,
  dirName,
  positionAt,
  looksLikeCodeStep,
  codeStep,
  compareVersions,
  compareText,
  versionKey,
  isDigits,
  isNumbered,
  schemeOf,
  nextVersion,
  sanitizeName,
  UP,
  DOWN,
  NO_DOWN,
  upTemplate,
  downTemplate,
  patternFileName,
  renumberedName,
  codeSpan,
  splitCodeSpans,
  TOOLS,
  toolOf,
  detectTool,
  looksLike,
  TRACKING_TABLES,
  authorableNames
};
