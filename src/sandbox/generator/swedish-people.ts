/** Common Swedish given names and surnames, and the e-mail providers Swedes use. */

export const FEMALE_FIRST_NAMES = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Emma', 'Johanna', 'Elin', 'Linnea', 'Ida', 'Maja', 'Elsa',
  'Alice', 'Julia', 'Hanna', 'Sofia', 'Ebba', 'Klara', 'Frida', 'Malin', 'Lena', 'Kristina', 'Ingrid',
  'Margareta', 'Åsa', 'Helena', 'Camilla', 'Therese', 'Agnes', 'Wilma', 'Astrid', 'Moa', 'Tove', 'Jenny',
  'Louise', 'Matilda', 'Annika', 'Birgitta', 'Cecilia', 'Saga', 'Signe', 'Leila', 'Amira', 'Mira',
] as const;

export const MALE_FIRST_NAMES = [
  'Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Nils', 'Mikael', 'Jan', 'Lennart', 'Oskar', 'William',
  'Lucas', 'Hugo', 'Liam', 'Elias', 'Axel', 'Filip', 'Viktor', 'Gustav', 'Albin', 'Emil', 'Isak', 'Olle',
  'Björn', 'Fredrik', 'Magnus', 'Mattias', 'Henrik', 'Jonas', 'Daniel', 'Sven', 'Göran', 'Stefan', 'Anton',
  'Linus', 'Sebastian', 'Jesper', 'Tobias', 'Måns', 'Omar', 'Adam', 'Noah', 'Ali',
] as const;

export const LAST_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg',
  'Jakobsson', 'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson',
  'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson',
  'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundin',
  'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson',
  'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist',
  'Claesson', 'Nordström', 'Mårtensson', 'Lundström', 'Ahmed', 'Hassan', 'Nguyen', 'Yilmaz', 'Nowak',
  'Virtanen', 'Korhonen',
] as const;

export const EMAIL_DOMAINS = [
  'gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'telia.com', 'live.se',
  'yahoo.se', 'bredband.net', 'spray.se', 'comhem.se',
] as const;

/** Trades of the businesses that book for their staff (team yoga, massage at work, …). */
export const BUSINESS_TRADES = [
  'Bygg', 'Konsult', 'Måleri', 'El & VVS', 'Redovisning', 'Fastigheter', 'Transport', 'Design',
  'Advokatbyrå', 'Tandvård', 'Städ', 'Reklambyrå', 'IT-konsult', 'Fastighetsservice',
] as const;

/** Mobile prefixes of Swedish operators, after +46. */
export const MOBILE_PREFIXES = ['70', '72', '73', '76', '79'] as const;

/** For e-mail local parts and domains: lower case ASCII, as mail providers require. */
export function asciiSlug(text: string, separator = '.'): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/&/g, 'och')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}
