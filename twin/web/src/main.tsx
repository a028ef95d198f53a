import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App.tsx';
import { AuthProvider } from './auth/AuthContext.tsx';
import { FaultsProvider, loadTwinFaults } from './faults.tsx';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('#root missing from index.html');
const root = createRoot(rootElement);
root.render(<p style={{ padding: 16 }}>Cargando...</p>);

// The faults are read before the first render so that a layout check never races the fault switch.
loadTwinFaults().then((faults) => {
  root.render(
    <StrictMode>
      <FaultsProvider faults={faults}>
        <BrowserRouter>
          <AuthProvider>
            <App />
          </AuthProvider>
        </BrowserRouter>
      </FaultsProvider>
    </StrictMode>,
  );
});
