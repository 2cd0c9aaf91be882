import { createContext, useContext } from 'react';
import { en } from '../i18n/en';
import { vi, type Messages } from '../i18n/vi';

export const messagesFor = (language: 'vi' | 'en'): Messages => (language === 'en' ? en : vi);

const MessagesContext = createContext<Messages>(vi);

/** The strings of the page's language (Vietnamese unless the address asks for English). */
export const MessagesProvider = MessagesContext.Provider;

export const useMessages = (): Messages => useContext(MessagesContext);
