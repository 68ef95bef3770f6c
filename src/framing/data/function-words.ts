/**
 * @module
 * Closed-class words (English and French): determiners, pronouns, prepositions, conjunctions,
 * auxiliaries. Spans never grow over them except determiners, which name-calling may take in.
 */

export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'your',
  'my', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'ce', 'cet', 'cette', 'ces', 'son',
  'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos',
])

export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS, 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by',
  'with', 'as', 'into', 'onto', 'over', 'under', 'about', 'against', 'between', 'through', 'during',
  'after', 'before', 'than', 'then', 'so', 'if', 'because', 'while', 'when', 'where', 'who', 'whom',
  'whose', 'which', 'what', 'there', 'here', 'it', 'he', 'she', 'they', 'we', 'you', 'i', 'me',
  'him', 'them', 'us', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have',
  'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'must', 'not', 'no', 'all', 'any', 'some', 'each', 'every', 'both', 'either', 'neither', 'also',
  'just', 'only', 'even', 'still', 'yet', 'too', 'very', 'more', 'most', 'such', 'own', 'same',
  'other', 'another', 'up', 'down', 'out', 'off', 'again', 'further', 'once', 'how', 'why', 'et',
  'ou', 'mais', 'donc', 'car', 'ni', 'à', 'au', 'aux', 'en', 'dans', 'par', 'pour', 'sur', 'sous',
  'avec', 'sans', 'contre', 'entre', 'chez', 'vers', 'depuis', 'pendant', 'que', 'qui', 'quoi',
  'dont', 'où', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'se', 'sont', 'est',
  'été', 'être', 'avoir', 'ont', 'a', 'ne', 'pas', 'plus', 'tout', 'tous', 'toute', 'toutes', 'y',
  'ainsi', 'aussi', 'comme', 'lors', 'selon', 'several', 'many', 'few', 'numerous', 'various',
  'multiple', 'plusieurs',
  'nombreux', 'nombreuses', 'quelques',
])
