/** The username and password fields every staff sign-in form shows (clerk console, back office, admin). */
export interface CredentialFieldsProps {
  username: string;
  password: string;
  onUsername: (value: string) => void;
  onPassword: (value: string) => void;
  /** A page that is nothing but the form focuses it; the admin page has other things above. */
  autoFocus?: boolean;
}

export function CredentialFields({ username, password, onUsername, onPassword, autoFocus = false }: CredentialFieldsProps) {
  return (
    <>
      <label class="field">
        <span>用户名 Username</span>
        <input name="username" autoComplete="username" value={username} autoFocus={autoFocus} onInput={(e) => onUsername(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>密码 Password</span>
        <input name="password" type="password" autoComplete="current-password" value={password} onInput={(e) => onPassword(e.currentTarget.value)} />
      </label>
    </>
  );
}
